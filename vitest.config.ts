import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // R3F, drei and the test renderer otherwise load their CommonJS builds and a second three.
  ssr: { resolve: { mainFields: ['module', 'main'] } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'relay/**/*.test.ts'],
    environment: 'jsdom',
    setupFiles: ['tests/unit/setup.ts'],
    // Key derivation and property runs take a few seconds on a busy 2-core machine; 5 s made them flaky, not faster.
    testTimeout: 20_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
