// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { releaseFigure } from '../model/figureEdits';
import type { FigureId } from '../model/ids';
import { POSTURES } from '../model/pose';
import type { Permission, Proposal } from './messages';
import { applyProposal, type GuestRules, guestMayMove, judgeProposal, proposalEdit } from './proposals';
import { syncTestSession } from './testRoom';

const { room } = syncTestSession();
const [client, intention, sleep] = room.order as [FigureId, FigureId, FigureId];
const everything: GuestRules = { permission: 'everything', handedOver: [], movingByHost: null };

describe('what the host does with a guest proposal', () => {
  it('places, turns and sets the posture of a figure the guest may move', () => {
    const placed = applyProposal(everything, room, { type: 'place', figureId: sleep, pose: { x: 1, z: -0.5, facing: 370 } });
    expect(placed.figures[sleep]?.pose).toMatchObject({ x: 1, z: -0.5, facing: 10 });
    expect(applyProposal(everything, room, { type: 'turn', figureId: sleep, facing: 90 }).figures[sleep]?.pose.facing).toBe(90);
    expect(applyProposal(everything, room, { type: 'posture', figureId: sleep, posture: 'kneeling' }).figures[sleep]?.pose.posture).toBe('kneeling');
  });

  it('keeps a figure inside the room whatever the guest sends', () => {
    const placed = proposalEdit(room, { type: 'drop', figureId: client, pose: { x: 99, z: -99, facing: 0 } });
    expect(placed.figures[client]?.pose).toMatchObject({ x: 3, z: -3 });
  });

  it('changes nothing for a drag in progress or a dropped drag', () => {
    expect(proposalEdit(room, { type: 'drag', figureId: client, pose: { x: 1, z: 1, facing: 0 } })).toBe(room);
    expect(proposalEdit(room, { type: 'drop', figureId: client, pose: null })).toBe(room);
  });

  it('lets the guest move only what the therapist allows', () => {
    expect(guestMayMove({ permission: 'everything', handedOver: [] }, client)).toBe(true);
    expect(guestMayMove({ permission: 'handedOver', handedOver: [sleep] }, sleep)).toBe(true);
    expect(guestMayMove({ permission: 'handedOver', handedOver: [sleep] }, client)).toBe(false);
    expect(guestMayMove({ permission: 'watch', handedOver: [sleep] }, sleep)).toBe(false);
  });

  it('refuses a figure the therapist is moving, a released one and one that is not there', () => {
    const place = (figureId: FigureId): Proposal => ({ type: 'place', figureId, pose: { x: 0, z: 0, facing: 0 } });
    expect(judgeProposal({ ...everything, movingByHost: intention }, room, place(intention))).toEqual({ ok: false, reason: 'moved-by-host' });
    expect(judgeProposal(everything, releaseFigure(room, sleep), place(sleep))).toEqual({ ok: false, reason: 'no-figure' });
    expect(judgeProposal(everything, room, place('nobody' as FigureId))).toEqual({ ok: false, reason: 'no-figure' });
  });

  it('never changes the room for a proposal about a figure the guest may not move', () => {
    const figure = fc.constantFrom(...room.order, 'nobody' as FigureId);
    const pose = fc.record({
      x: fc.double({ min: -5, max: 5, noNaN: true }),
      z: fc.double({ min: -5, max: 5, noNaN: true }),
      facing: fc.double({ min: -720, max: 720, noNaN: true }),
    });
    const proposal: fc.Arbitrary<Proposal> = fc.oneof(
      fc.record({ type: fc.constant('drag' as const), figureId: figure, pose }),
      fc.record({ type: fc.constant('drop' as const), figureId: figure, pose: fc.option(pose, { nil: null }) }),
      fc.record({ type: fc.constant('place' as const), figureId: figure, pose }),
      fc.record({ type: fc.constant('turn' as const), figureId: figure, facing: fc.double({ min: -720, max: 720, noNaN: true }) }),
      fc.record({ type: fc.constant('posture' as const), figureId: figure, posture: fc.constantFrom(...POSTURES) }),
    );
    const rules = fc.record({
      permission: fc.constantFrom<Permission>('everything', 'handedOver', 'watch'),
      handedOver: fc.subarray([...room.order]),
      movingByHost: fc.option(figure, { nil: null }),
    });
    fc.assert(
      fc.property(rules, fc.array(proposal, { maxLength: 30 }), (given, proposals) => {
        let current = room;
        for (const next of proposals) {
          const after = applyProposal(given, current, next);
          const allowed = guestMayMove(given, next.figureId) && given.movingByHost !== next.figureId && room.figures[next.figureId] !== undefined;
          if (!allowed) expect(after).toBe(current);
          // Whatever was accepted touched only the proposal's own figure.
          for (const id of room.order) if (id !== next.figureId) expect(after.figures[id]).toBe(current.figures[id]);
          current = after;
        }
      }),
    );
  });
});
