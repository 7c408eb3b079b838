import { defineConfig } from 'vitest/config';

/** `npm run bench`: measurements, not tests; kept out of `npm test`. */
export default defineConfig({
  ssr: { resolve: { mainFields: ['module', 'main'] } },
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    // One benchmark at a time: files run side by side would measure each other on two cores.
    fileParallelism: false,
    testTimeout: 600_000,
    reporters: ['default'],
  },
});
