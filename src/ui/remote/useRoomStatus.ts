import { useEffect, useState } from 'react';

/** What a live room offers its screens: a status that changes now and then, and a way to hear of it. */
export interface ObservedRoom<Status> {
  status(): Status;
  subscribe(listener: () => void): () => void;
}

/**
 * A live room's status, re-read whenever the room says it changed. Status changes are few
 * (someone knocks, a permission, the start and end of a move), never one per frame.
 */
export function useRoomStatus<Status>(room: ObservedRoom<Status>): Status {
  const [status, setStatus] = useState(() => room.status());
  useEffect(() => {
    setStatus(room.status());
    return room.subscribe(() => setStatus(room.status()));
  }, [room]);
  return status;
}
