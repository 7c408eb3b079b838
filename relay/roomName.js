// @ts-check

/** Room ids are random and url-safe; anything else is refused before it touches the adapter. */
const roomPattern = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * @param {unknown} value
 * @returns {value is string}
 */
export function isRoomName(value) {
  return typeof value === 'string' && roomPattern.test(value);
}
