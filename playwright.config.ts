import { readFileSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium with software WebGL, launched alike by the tests, the benchmarks and the screenshots.
const chromium = JSON.parse(readFileSync(new URL('./tests/e2e/chromium.json', import.meta.url), 'utf8')) as { executablePath: string; args: string[] };

// E2E_PORT lets two test runs share a machine (a CI run and a developer's run) without meeting.
const port = Number(process.env.E2E_PORT ?? 4173);
// E2E_RESULTS keeps a parallel run's artefacts and report apart (with RESONANS_DIST for its build).
const results = process.env.E2E_RESULTS ?? 'test-results';

// The live-room walk (remote*.spec.ts) goes through real relays: one Redis and two relay
// instances sharing rooms through it. They hold nothing worth isolating, so parallel runs on one
// machine share them (reuseExistingServer) rather than fight over the ports; a run of other specs
// alone does not start them. E2E_RELAYS=1 starts them for any run.
const namedSpecs = process.argv.slice(2).filter((arg) => /\.spec\.ts$|^tests\//.test(arg));
const needsRelays = process.env.E2E_RELAYS === '1' || namedSpecs.length === 0 || namedSpecs.some((arg) => arg.includes('remote'));
const REDIS_PORT = 6390;
const relayServers = [
  {
    // Without redis-server the run stops at once with the reason, instead of waiting for a port.
    command: `command -v redis-server >/dev/null || { echo 'redis-server is not installed: the live-room e2e walk needs it (apt-get install redis-server)' >&2; exit 1; }; exec redis-server --port ${REDIS_PORT} --bind 127.0.0.1 --save '' --appendonly no`,
    port: REDIS_PORT,
    reuseExistingServer: true,
    timeout: 20_000,
  },
  ...[8787, 8788].map((relayPort) => ({
    command: 'node relay/main.js',
    url: `http://127.0.0.1:${relayPort}/health`,
    env: { RELAY_PORT: String(relayPort), REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}` },
    reuseExistingServer: true,
    timeout: 20_000,
  })),
];

export default defineConfig({
  testDir: 'tests/e2e',
  // Not test-results itself: Playwright empties its output folder, and vitest's report lives there.
  outputDir: `${results}/e2e-artifacts`,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: `${results}/playwright.json` }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    trace: 'off',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? chromium.executablePath, args: chromium.args },
  },
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    ...(needsRelays ? relayServers : []),
  ],
});
