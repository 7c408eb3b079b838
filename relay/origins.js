// @ts-check

/**
 * Which app origins may open a socket. A pattern is an exact origin (`https://app.example.no`)
 * or an origin with any port (`http://localhost:*`). Browsers always send Origin on a websocket
 * handshake; a missing one is refused too, so no page of another site rides on the relay.
 */
export const defaultOrigins = Object.freeze(['http://127.0.0.1:*', 'http://localhost:*']);

/**
 * @param {string | undefined} origin the request's Origin header
 * @param {readonly string[]} patterns
 */
export function isOriginAllowed(origin, patterns) {
  if (!origin) return false;
  const asked = normalise(origin);
  return patterns.some((pattern) => matches(asked, normalise(pattern)));
}

/**
 * @param {string} origin
 * @param {string} pattern
 */
function matches(origin, pattern) {
  if (!pattern.endsWith(':*')) return origin === pattern;
  const base = pattern.slice(0, -2);
  return origin === base || (origin.startsWith(`${base}:`) && /^\d{1,5}$/.test(origin.slice(base.length + 1)));
}

/** @param {string} origin */
function normalise(origin) {
  return origin.trim().replace(/\/+$/, '').toLowerCase();
}

/**
 * RELAY_ORIGINS: comma-separated patterns; empty or unset means the loopback defaults.
 * @param {string | undefined} list
 * @returns {readonly string[]}
 */
export function parseOrigins(list) {
  const patterns = (list ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  return patterns.length > 0 ? patterns : defaultOrigins;
}
