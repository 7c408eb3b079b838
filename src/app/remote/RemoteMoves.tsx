import { type ReactNode, useEffect, useMemo, useState } from 'react';
import type { FigureId } from '../../domain/model/ids';
import { type RemoteMove, RemoteMoveContext } from '../../scene/remote/remoteMove';
import type { HostRoom } from '../../sync/remoteRoom';

/** Tells the room which figure the other side moves now, so its label can say so. */
export function RemoteMoves({ figureId, by, children }: { figureId: FigureId | null; by: RemoteMove['by']; children: ReactNode }) {
  const move = useMemo(() => ({ figureId, by }), [figureId, by]);
  return <RemoteMoveContext.Provider value={move}>{children}</RemoteMoveContext.Provider>;
}

/**
 * On the therapist's screen: the figure the client moves, while a live room is open. The same
 * element stands around the room with or without one, so opening a room never redraws the canvas.
 */
export function HostRemoteMoves({ room, children }: { room: HostRoom | null; children: ReactNode }) {
  const [figureId, setFigureId] = useState<FigureId | null>(null);
  useEffect(() => {
    if (!room) return setFigureId(null);
    const read = () => setFigureId(room.status().movingByGuest);
    read();
    return room.subscribe(read);
  }, [room]);
  return (
    <RemoteMoves figureId={figureId} by="guest">
      {children}
    </RemoteMoves>
  );
}
