import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPose } from '../model/pose';
import { relativePlace } from './relativePlace';

const client = createPose(0, 0, 0);

describe('relativePlace', () => {
  it('names the eight directions from the client’s own facing', () => {
    expect(relativePlace(client, createPose(0, -1, 0)).sector).toBe('front');
    expect(relativePlace(client, createPose(1, -1, 0)).sector).toBe('frontRight');
    expect(relativePlace(client, createPose(1, 0, 0)).sector).toBe('right');
    expect(relativePlace(client, createPose(0, 1, 0)).sector).toBe('back');
    expect(relativePlace(client, createPose(-1, 0, 0)).sector).toBe('left');
    // Turned to face right (90°), what was on the right is now in front.
    expect(relativePlace(createPose(0, 0, 90), createPose(1, 0, 0)).sector).toBe('front');
  });

  it('says whether a figure looks at the client, away, or past', () => {
    expect(relativePlace(client, createPose(0, -1, 180)).facing).toBe('toward');
    expect(relativePlace(client, createPose(0, -1, 0)).facing).toBe('away');
    expect(relativePlace(client, createPose(0, -1, 90)).facing).toBe('aside');
    expect(relativePlace(client, createPose(0, -1, 200)).facing).toBe('toward');
  });

  it('measures the distance on the floor', () => {
    expect(relativePlace(client, createPose(0.6, -0.8, 0)).distanceMetres).toBeCloseTo(1, 10);
  });

  it('is the same wherever client and figure stand together, and however the room is turned around them', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 359 }),
        fc.integer({ min: 0, max: 359 }),
        (dx, dz, clientFacing, figureFacing) => {
          // Two figures on the same spot have no direction between them.
          fc.pre(Math.hypot(dx, dz) > 0.01);
          const here = relativePlace(createPose(0, 0, clientFacing), createPose(dx, dz, figureFacing));
          const moved = relativePlace(createPose(1, 1, clientFacing), createPose(1 + dx, 1 + dz, figureFacing));
          expect(moved.sector).toBe(here.sector);
          expect(moved.facing).toBe(here.facing);
          expect(moved.distanceMetres).toBeCloseTo(here.distanceMetres, 9);
        },
      ),
    );
  });
});
