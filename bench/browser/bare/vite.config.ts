import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Builds the bare page for `bench/browser/frameBench.mjs` into bench-results/bare-dist. */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: { outDir: '../../../bench-results/bare-dist', emptyOutDir: true },
});
