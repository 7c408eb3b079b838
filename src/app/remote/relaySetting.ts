/**
 * The practice's relay, set when the app is built (RESONANS_RELAY_URL, defined in
 * vite.config.ts, which also lets the Content-Security-Policy reach it). The app reaches it only
 * while a live room is open.
 */
export const DEFAULT_RELAY_URL = 'http://127.0.0.1:8787';

export function configuredRelayUrl(): string {
  // Written out whole, so the build's define replaces it.
  const configured: unknown = import.meta.env.RESONANS_RELAY_URL;
  return typeof configured === 'string' && configured !== '' ? configured : DEFAULT_RELAY_URL;
}

/** The address the invite link opens: this app, without any screen in its fragment. */
export function appAddress(location: { origin: string; pathname: string }): string {
  return `${location.origin}${location.pathname}`;
}
