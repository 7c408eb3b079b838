import { useEffect, useRef } from 'react';
import { useServices } from '../services';
import type { TabMessage } from './tabChannel';

/** Calls the listener with what other tabs have written; the latest listener is used without re-subscribing. */
export function useTabMessages(listener: (message: TabMessage) => void): void {
  const { tabs } = useServices();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => tabs?.listen((message) => latest.current(message)), [tabs]);
}
