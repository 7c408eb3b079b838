import { counterIds } from '../domain/model/ids';
import { epochMillis } from '../domain/model/units';
import { inviteLink, parseInviteFragment } from '../domain/sync/invite';
import { MAX_GUEST_NAME_LENGTH, MAX_HOST_NAME_LENGTH } from '../domain/sync/messages';
import { createResonansStore, type ResonansStore } from '../store/createStore';
import { createAdmissionPair } from './admission';
import { startGuestRoom } from './guestRoom';
import { startHostRoom } from './hostRoom';
import type { GuestRoom, HostRoom } from './remoteRoom';
import { browserTimers, type RoomTimers } from './roomTimers';
import { createRoomId, createRoomKey, importRoomKey } from './sealing';
import type { RelayTransport } from './transport';

export { parseInviteFragment } from '../domain/sync/invite';

/**
 * The door the screens open the live room by (contract point 1), loaded lazily with everything
 * behind it. The therapist's browser hosts; the client's browser joins from the invite link.
 */

export interface OpenHostRoomOptions {
  readonly store: ResonansStore;
  readonly relayUrl: string;
  readonly hostName: string;
  readonly appUrl: string;
}

export interface JoinGuestRoomOptions {
  readonly link: string;
  readonly relayUrl: string;
  readonly guestName: string;
}

/** What tests give instead of the browser's relay, clock and ids. */
export interface RoomWorld {
  readonly connect?: (relayUrl: string) => RelayTransport | Promise<RelayTransport>;
  readonly timers?: RoomTimers;
  readonly newId?: () => string;
  /** The guest's store; by default a fresh one in memory. */
  readonly guestStore?: ResonansStore;
}

/** The link's fragment names no room this app can open. */
export class BadInviteLink extends Error {
  constructor() {
    super('The invite link is not complete or not a Resonans room.');
    this.name = 'BadInviteLink';
  }
}

const connectSocket = async (relayUrl: string): Promise<RelayTransport> => {
  const { connectSocketTransport } = await import('./socketTransport');
  return connectSocketTransport(relayUrl);
};
const randomId = () => crypto.randomUUID();

/** Opens a live room on the relay for the session open in `store`; the therapist's browser keeps the only copy. */
export async function openHostRoom(options: OpenHostRoomOptions, world: RoomWorld = {}): Promise<HostRoom> {
  const roomId = createRoomId();
  const { key, text } = await createRoomKey();
  const admission = await createAdmissionPair();
  const transport = await (world.connect ?? connectSocket)(options.relayUrl);
  try {
    return await startHostRoom({
      store: options.store,
      transport,
      key,
      roomId,
      inviteLink: inviteLink(options.appUrl, { roomId, key: text, hostKey: admission.publicText }),
      admission,
      hostName: options.hostName.trim().slice(0, MAX_HOST_NAME_LENGTH),
      hostId: (world.newId ?? randomId)(),
      timers: world.timers ?? browserTimers,
    });
  } catch (error) {
    transport.close();
    throw error;
  }
}

/** Joins the room an invite link names, as a guest whose store is memory only; rejects with BadInviteLink or RelayRefusal. */
export async function joinGuestRoom(options: JoinGuestRoomOptions, world: RoomWorld = {}): Promise<GuestRoom> {
  const invite = parseInviteFragment(options.link);
  const key = invite ? await importRoomKey(invite.key) : null;
  if (!invite || !key) throw new BadInviteLink();
  const newId = world.newId ?? randomId;
  const store = world.guestStore ?? createResonansStore({ ids: counterIds(`guest-${newId()}`), now: () => epochMillis(Date.now()) });
  const transport = await (world.connect ?? connectSocket)(options.relayUrl);
  try {
    return await startGuestRoom({
      store,
      transport,
      key,
      roomId: invite.roomId,
      hostKey: invite.hostKey,
      guestId: newId(),
      guestName: options.guestName.trim().slice(0, MAX_GUEST_NAME_LENGTH),
      timers: world.timers ?? browserTimers,
    });
  } catch (error) {
    transport.close();
    throw error;
  }
}
