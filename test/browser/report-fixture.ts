import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * The HTML report the browser test opens: the built bin (dist/cli.js) ranking the
 * committed sample province, exactly as a user would generate it:
 * `govmedia rank --posts examples/data/posts.csv --accounts examples/data/accounts.csv --period 2024-09 --format html`.
 */
export function browserReportHtml(root: string): string {
  return execFileSync(
    process.execPath,
    [resolve(root, 'dist/cli.js'), 'rank', '--posts', 'examples/data/posts.csv', '--accounts', 'examples/data/accounts.csv', '--period', '2024-09', '--top-n', '15', '--format', 'html'],
    { cwd: root, encoding: 'utf8' },
  );
}
