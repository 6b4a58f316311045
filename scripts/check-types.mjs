// Packs the package as a user would install it (without rebuilding: run after
// `npm run build`) and checks with @arethetypeswrong/cli that every entry's types
// resolve under node10, node16 (from CJS and ESM) and bundler. Exit code = attw's.
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent'], { encoding: 'utf8' }).trim().split('\n').pop();
try {
  const r = spawnSync('npx', ['attw', tarball, '--format', 'table-flipped'], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(tarball, { force: true });
}
