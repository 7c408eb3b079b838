import type { SessionSummary } from '../../persistence/sessionRepository';

export const LIBRARY_SORTS = ['newest', 'oldest', 'client', 'duration'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

/** The sessions that match a search (client or intention, any case), in the chosen order. */
export function filterAndSort(sessions: readonly SessionSummary[], query: string, sort: LibrarySort, locale: string): SessionSummary[] {
  const needle = query.trim().toLocaleLowerCase(locale);
  const matching =
    needle === '' ? [...sessions] : sessions.filter((session) => `${session.clientPseudonym}\n${session.intention}`.toLocaleLowerCase(locale).includes(needle));
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const compare: Record<LibrarySort, (a: SessionSummary, b: SessionSummary) => number> = {
    newest: (a, b) => b.createdAt - a.createdAt,
    oldest: (a, b) => a.createdAt - b.createdAt,
    client: (a, b) => collator.compare(a.clientPseudonym, b.clientPseudonym) || b.createdAt - a.createdAt,
    duration: (a, b) => b.durationMs - a.durationMs || b.createdAt - a.createdAt,
  };
  return matching.sort(compare[sort]);
}
