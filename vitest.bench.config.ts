import { defineConfig } from 'vitest/config';

/** `npm run bench`: measurements, not tests; kept out of `npm test`. */
export default defineConfig({
  ssr: { resolve: { mainFields: ['module', 'main'] } },
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    testTimeout: 600_000,
    reporters: ['default'],
  },
});
