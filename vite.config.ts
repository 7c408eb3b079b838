import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { offlinePlugin } from './tools/offlinePlugin';

/**
 * The practice's relay for the live remote room (issue 10), fixed when the app is built. The app
 * reaches it only while the therapist has a live room open.
 */
export const relayUrl = process.env.RESONANS_RELAY_URL || 'http://127.0.0.1:8787';

/** The relay's origin, as http(s) for socket.io's handshake and as ws(s) for its websocket. */
export function relayOrigins(url: string): string[] {
  const origin = new URL(url);
  const socket = origin.protocol === 'https:' ? 'wss:' : 'ws:';
  return [origin.origin, `${socket}//${origin.host}`];
}

/**
 * The built app may talk to its own origin only, and to the configured relay. Dev mode keeps Vite's inline
 * refresh scripts working, so the policy is added to the production build alone.
 * data: covers small inlined assets; labels are laid out without blob: workers.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self' data: ${relayOrigins(relayUrl).join(' ')}`,
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
  define: { 'import.meta.env.RESONANS_RELAY_URL': JSON.stringify(relayUrl) },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  // RESONANS_DIST lets parallel runs on one machine build and serve apart from each other.
  build: { chunkSizeWarningLimit: 2000, outDir: process.env.RESONANS_DIST ?? 'dist' },
});
