import { createContext, useContext } from 'react';
import type { IdSource } from '../domain/model/ids';
import type { EpochMillis } from '../domain/model/units';
import type { SessionRepository } from '../persistence/sessionRepository';
import type { Preferences } from './preferences';

/** What the app takes from the world; injected so that tests control time, ids and storage. */
export interface Services {
  readonly repository: SessionRepository;
  readonly ids: IdSource;
  readonly now: () => EpochMillis;
  /** How long the room must be still before it is saved, in milliseconds. */
  readonly autosaveDelayMs: number;
  readonly preferences: Preferences;
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
