import { createContext, useContext } from 'react';
import type { IdSource } from '../domain/model/ids';
import type { EpochMillis } from '../domain/model/units';
import type { SessionRepository } from '../persistence/sessionRepository';
import type { Preferences } from './preferences';
import type { LockManagerLike, SessionGuard } from './tabs/sessionGuard';
import type { TabChannel } from './tabs/tabChannel';
import type { UpdateOffer } from './tabs/updates';

/** What the app takes from the world; injected so that tests control time, ids and storage. */
export interface Services {
  readonly repository: SessionRepository;
  readonly ids: IdSource;
  readonly now: () => EpochMillis;
  /** How long the room must be still before it is saved, in milliseconds. */
  readonly autosaveDelayMs: number;
  readonly preferences: Preferences;
  /** How this tab hears what other tabs write; without it the tab refreshes only on its own. */
  readonly tabs?: TabChannel;
  /** navigator.locks, to see which sessions another tab has open; without it nothing is refused. */
  readonly locks?: LockManagerLike;
  /** Set where the library works: keeps its actions off sessions another tab has open. */
  readonly sessionGuard?: SessionGuard;
  /** A new version of the app waiting for the user's word; absent in development and tests. */
  readonly updates?: UpdateOffer;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices needs a ServicesContext above it');
  return services;
}

export function describeError(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}
