import type { Brand } from './units';

export type FigureId = Brand<string, 'FigureId'>;
export type SessionId = Brand<string, 'SessionId'>;

/** Ids come from outside the domain (crypto.randomUUID in the app, a counter in tests). */
export type IdSource = () => string;

export const figureId = (value: string): FigureId => value as FigureId;
export const sessionId = (value: string): SessionId => value as SessionId;

/** A deterministic id source for tests and generated sessions. */
export function counterIds(prefix = 'id'): IdSource {
  let next = 0;
  return () => `${prefix}-${(next += 1)}`;
}
