/** Small settings kept on this device (never a client's data): whether the demo was offered, the language. */
export interface Preferences {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

/** Preferences in localStorage; a browser that refuses it simply forgets them. */
export function localPreferences(prefix = 'resonans.'): Preferences {
  return {
    get: (key) => {
      try {
        return window.localStorage.getItem(prefix + key);
      } catch {
        return null;
      }
    },
    set: (key, value) => {
      try {
        window.localStorage.setItem(prefix + key, value);
      } catch {
        // Storage refused: the preference lasts for this visit only.
      }
    },
  };
}

export function memoryPreferences(): Preferences {
  const values = new Map<string, string>();
  return { get: (key) => values.get(key) ?? null, set: (key, value) => void values.set(key, value) };
}
