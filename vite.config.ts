import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { offlinePlugin } from './tools/offlinePlugin';

/**
 * The built app may talk to its own origin only. Dev mode keeps Vite's inline
 * refresh scripts working, so the policy is added to the production build alone.
 * data: covers small inlined assets; labels are laid out without blob: workers.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'resonans-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicyPlugin(),
    // Installable, and working with the network cut after the first visit.
    offlinePlugin(),
  ],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  // RESONANS_DIST lets parallel runs on one machine build and serve apart from each other.
  build: { chunkSizeWarningLimit: 2000, outDir: process.env.RESONANS_DIST ?? 'dist' },
});
