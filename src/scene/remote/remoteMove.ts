import { createContext, useContext } from 'react';
import type { FigureId } from '../../domain/model/ids';

/** The figure the other side of a live room is moving now, and who that is. */
export interface RemoteMove {
  readonly figureId: FigureId | null;
  /** 'guest' on the therapist's screen (the client moves), 'host' on the client's. */
  readonly by: 'guest' | 'host';
}

/** Absent outside a live room: then no figure carries a mark. */
export const RemoteMoveContext = createContext<RemoteMove | null>(null);

export const useRemoteMove = (): RemoteMove | null => useContext(RemoteMoveContext);
