// npm run bench: the recording, labels, backup and session-report benchmarks (vitest, in Node), the relay under load, and the size of the production build.
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

mkdirSync('bench-results', { recursive: true });
execSync('npx vitest run --config vitest.bench.config.ts', { stdio: 'inherit' });
// The relay under load: child processes on loopback, about two and a half minutes (RELAY_BENCH_SECONDS shortens it).
execSync('node bench/relay/relayLoad.mjs', { stdio: 'inherit' });
execSync('npx vite build', { stdio: 'ignore' });
// The video of the three-hour session (its file written by bench/video/threeHourSession.bench.ts above),
// made in Chromium against this build; films for 90 s and projects the whole (BENCH_VIDEO_SECONDS changes it).
execSync('node bench/video/videoBench.mjs', { stdio: 'inherit' });
// Frame time in Chromium against a bare R3F page (bench/browser/), camera orbiting and replay at 4x; about 3 minutes.
execSync('node bench/browser/frameBench.mjs', { stdio: 'inherit' });

const files = readdirSync('dist/assets').map((name) => join('dist/assets', name));
const sum = (list, size) => list.reduce((total, file) => total + size(file), 0);
const raw = (file) => statSync(file).size;
const gzip = (file) => gzipSync(readFileSync(file)).length;
const scripts = files.filter((file) => file.endsWith('.js'));
const build = {
  scriptBytes: sum(scripts, raw),
  scriptGzipBytes: sum(scripts, gzip),
  allAssetBytes: sum(files, raw),
};
writeFileSync('bench-results/build.json', `${JSON.stringify(build, null, 2)}\n`);
console.log('build size', build);
