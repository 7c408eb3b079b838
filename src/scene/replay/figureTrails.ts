import { Color, Group } from 'three';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { FIGURE_COLOURS, type FigureColour } from '../../domain/model/figure';
import { FIGURE_COLOUR_HEX } from '../../domain/model/palette';
import { indexAtCursor, newCursor, valueAtCursor, type TimeCursor } from '../../domain/replay/cursor';
import type { FigureTrack, RecordingIndex } from '../../domain/replay/recordingIndex';
import { followTrail, newTrailFollower, type TrailFollower } from '../../domain/replay/trailFollower';
import { TrailLine } from './trailLine';

const TRAIL_WIDTH_PIXELS = 4;
const TRAIL_OPACITY = 0.8;
const INK = new Color('#3b3128');

/** The figure's colour, darkened so its trail reads on the light board. */
const trailColour = (colour: FigureColour): Color => new Color(FIGURE_COLOUR_HEX[colour]).lerp(INK, 0.45);

interface FigureTrail {
  readonly track: FigureTrack;
  readonly line: TrailLine;
  readonly follower: TrailFollower;
  readonly presence: TimeCursor;
  readonly looks: TimeCursor;
}

/**
 * Where each figure went in the current phase, up to the playhead: one line per figure, all
 * made once for the replay, with one material per colour made up front. Showing a moment moves
 * cursors and writes the points passed since the last frame; nothing is created while playing.
 */
export class FigureTrails {
  readonly group = new Group();
  private readonly materials: ReadonlyMap<FigureColour, LineMaterial>;
  private readonly trails: FigureTrail[];
  private readonly phases = newCursor();

  constructor(private readonly index: RecordingIndex) {
    this.materials = new Map(
      FIGURE_COLOURS.map((colour) => [
        colour,
        new LineMaterial({ color: trailColour(colour), linewidth: TRAIL_WIDTH_PIXELS, transparent: true, opacity: TRAIL_OPACITY }),
      ]),
    );
    this.trails = [...index.tracks.values()].map((track) => {
      const line = new TrailLine(this.material('sand'));
      line.object.visible = false;
      this.group.add(line.object);
      return { track, line, follower: newTrailFollower(), presence: newCursor(), looks: newCursor() };
    });
  }

  /** The trails at time t of the recording. */
  show(t: number): void {
    const phases = this.index.phases;
    const phaseStart = phases.times[indexAtCursor(phases.times, t, this.phases)] ?? 0;
    for (const trail of this.trails) {
      const present = valueAtCursor(trail.track.presence, t, trail.presence) === true;
      const look = present ? valueAtCursor(trail.track.looks, t, trail.looks) : undefined;
      if (!look) {
        trail.line.object.visible = false;
        continue;
      }
      trail.line.object.material = this.material(look.colour);
      followTrail(trail.follower, trail.track, phaseStart, t, trail.line);
      trail.line.object.visible = trail.line.drawsSomething;
    }
  }

  /** Line widths are in pixels of the canvas. */
  setResolution(widthPixels: number, heightPixels: number): void {
    for (const material of this.materials.values()) material.resolution.set(widthPixels, heightPixels);
  }

  dispose(): void {
    for (const trail of this.trails) trail.line.dispose();
    for (const material of this.materials.values()) material.dispose();
  }

  private material(colour: FigureColour): LineMaterial {
    const material = this.materials.get(colour);
    if (!material) throw new Error(`no trail material for ${colour}`);
    return material;
  }
}
