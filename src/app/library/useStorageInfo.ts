import { useEffect, useState } from 'react';

/** How much this app keeps on the device, and whether the browser promised to keep it. */
export function useStorageInfo(refreshKey: unknown): { usedBytes: number | null; persistent: boolean | null } {
  const [info, setInfo] = useState<{ usedBytes: number | null; persistent: boolean | null }>({ usedBytes: null, persistent: null });
  useEffect(() => {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!storage?.estimate) return;
    let cancelled = false;
    void Promise.all([storage.estimate(), storage.persisted ? storage.persisted() : Promise.resolve(null)]).then(
      ([estimate, persistent]) => !cancelled && setInfo({ usedBytes: estimate.usage ?? null, persistent }),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [refreshKey]);
  return info;
}

/** Asks the browser to keep this app's data (it may ask the user, or decide by itself). */
export function askForPersistentStorage(): void {
  void navigator.storage?.persist?.().catch(() => false);
}
