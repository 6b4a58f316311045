#!/usr/bin/env node
// Builds the office app (issue 18): dist/govmedia-app.html, ONE file that opens from
// disk (file://) with no network. esbuild bundles the library's ESM source for the
// browser twice: the Web Worker (app/worker.ts: every library call, with vega and the
// other heavy libraries; lazily imported modules stay lazily *evaluated* inside the
// bundle, since with code splitting off esbuild inlines a dynamic import() as a
// deferred module initialiser) and the page (app/main.ts: the UI only). The worker's
// code is embedded as a non-executed <script type="text/plain"> and started from a
// Blob URL; the page's script is allowed by its SHA-256 hash in the
// Content-Security-Policy, which forbids every network access.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, process.argv[2] ?? 'dist/govmedia-app.html');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

const common = {
  bundle: true, platform: 'browser', format: 'iife', write: false, minify: true, legalComments: 'none',
  target: ['chrome100', 'edge100', 'firefox110', 'safari16'], charset: 'utf8', logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** `</script` must not appear inside an inline script; `<\/script` means the same in JS strings, regexes and comments. */
const inlineSafe = (code) => code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

const [worker, main] = await Promise.all([
  build({ ...common, entryPoints: [resolve(root, 'app/worker.ts')] }),
  build({ ...common, entryPoints: [resolve(root, 'app/main.ts')] }),
]);
const workerCode = inlineSafe(worker.outputFiles[0].text);
const mainCode = inlineSafe(main.outputFiles[0].text);
const hash = createHash('sha256').update(mainCode, 'utf8').digest('base64');
const csp = [
  "default-src 'none'",
  `script-src 'sha256-${hash}'`,
  "style-src 'unsafe-inline'",
  'worker-src blob:',
  'img-src data: blob:',
  "connect-src 'none'",
  "font-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');
const html = readFileSync(resolve(root, 'app/index.html'), 'utf8')
  .replace('__CSP__', csp)
  .replace('__VERSION__', pkg.version)
  .replace('__STYLE__', () => readFileSync(resolve(root, 'app/style.css'), 'utf8'))
  .replace('__WORKER__', () => workerCode)
  .replace('__MAIN__', () => mainCode);
mkdirSync(dirname(out), { recursive: true });
// Written beside and renamed into place: two test files build the app at the same time
// (Chromium and Firefox suites), and a page must never open a half-written file.
const tmp = `${out}.${process.pid}.tmp`;
writeFileSync(tmp, html);
renameSync(tmp, out);
const mb = (n) => (n / 1048576).toFixed(2);
console.log(`govmedia app: ${out} (${mb(Buffer.byteLength(html))} MB; worker ${mb(Buffer.byteLength(workerCode))} MB, page ${(Buffer.byteLength(mainCode) / 1024).toFixed(0)} KB)`);
