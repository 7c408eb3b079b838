import { useEffect, useRef, useState } from 'react';
import type { Drafts } from '../../store/saveSlice';
import { useResonansStore } from '../../store/StoreContext';

/** How long typing must pause before the text is recorded; each key is kept at once as a draft. */
export const TYPING_PAUSE_MS = 1500;

/**
 * A note or statement being typed. Every key is kept at once as a draft (which the journal
 * writes synchronously, so a closed tab loses nothing); the text is recorded when typing pauses
 * and when the field is left, so the recording holds a few versions, not one per key.
 */
export function useKeptText(saved: string, kind: keyof Drafts, key: string, record: (text: string) => void) {
  const store = useResonansStore();
  const [text, setText] = useState(saved);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const unrecorded = useRef<{ text: string; record: (text: string) => void } | null>(null);

  const recordNow = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const pending = unrecorded.current;
    unrecorded.current = null;
    if (!pending) return;
    pending.record(pending.text);
    store.getState().setDraft(kind, key, null);
  };
  const recordLater = useRef(recordNow);
  recordLater.current = recordNow;

  useEffect(() => setText(saved), [saved, key]);
  // Leaving the field's phase or figure, or the screen, records what was typed there.
  useEffect(() => () => recordLater.current(), [kind, key]);

  const change = (value: string) => {
    setText(value);
    unrecorded.current = { text: value, record };
    store.getState().setDraft(kind, key, value);
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => recordLater.current(), TYPING_PAUSE_MS);
  };
  return { text, change, leave: recordNow };
}
