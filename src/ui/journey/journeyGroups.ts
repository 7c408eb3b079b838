import type { SessionSummary } from '../../persistence/sessionRepository';

/** The clients with more than one session outside the bin, by pseudonym, each with its sessions in time order. */
export function journeyGroups(sessions: readonly SessionSummary[]): { pseudonym: string; sessions: SessionSummary[] }[] {
  const groups = new Map<string, SessionSummary[]>();
  for (const session of sessions) {
    const pseudonym = session.clientPseudonym.trim();
    if (session.binnedAt !== undefined || !pseudonym) continue;
    groups.set(pseudonym, [...(groups.get(pseudonym) ?? []), session]);
  }
  return [...groups.entries()]
    .filter(([, list]) => list.length > 1)
    .map(([pseudonym, list]) => ({ pseudonym, sessions: list.sort((a, b) => a.createdAt - b.createdAt) }))
    .sort((a, b) => a.pseudonym.localeCompare(b.pseudonym));
}
