import { type FigureId, figureId } from '../model/ids';

/**
 * The words a resonator said to leave the role are drafted beside the statements (the journal
 * keeps two kinds of draft: notes and statements), under a key no figure id can take, since an
 * id never holds a space.
 */
const PREFIX = 'leaving ';

export const leavingDraftKey = (id: FigureId): string => `${PREFIX}${id}`;

/** The figure a statement draft's key names as leaving words, or null for a plain statement. */
export function leavingDraftFigure(key: string): FigureId | null {
  return key.startsWith(PREFIX) ? figureId(key.slice(PREFIX.length)) : null;
}
