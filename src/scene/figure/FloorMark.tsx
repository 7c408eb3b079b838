import { useMemo } from 'react';
import { type BufferGeometry, CanvasTexture, Color, type Texture } from 'three';
import { floorMarkShape } from './floorMarkShape';

/** How far the mark reaches from the figure's centre, in metres (for an adult). */
export const FLOOR_MARK_REACH_METRES = 0.82;
const SHADOW_RADIUS_METRES = 0.42;
const GAZE_FROM_METRES = 0.26;
const GAZE_TO_METRES = 0.8;
/** Half the opening of the gaze wedge: wider than a body, so it shows beside a figure that faces away. */
const GAZE_HALF_ANGLE_RADIANS = (27 * Math.PI) / 180;
const INK = new Color('#2f261e');

let shared: Texture | null | undefined;

/**
 * One texture for every figure: the soft contact shadow that makes a figure stand on the floor,
 * and in front of it a soft wedge along its gaze, so which way it faces reads from every side
 * and from above, also in greyscale. One plane, one draw call per figure.
 */
function floorMarkTexture(): Texture | null {
  if (shared !== undefined) return shared;
  const size = 256;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) return (shared = null);
  const centre = size / 2;
  const pixelsPerMetre = centre / FLOOR_MARK_REACH_METRES;
  const shadow = context.createRadialGradient(centre, centre, 0, centre, centre, SHADOW_RADIUS_METRES * pixelsPerMetre);
  shadow.addColorStop(0, 'rgba(255, 255, 255, 0.55)');
  shadow.addColorStop(0.6, 'rgba(255, 255, 255, 0.2)');
  shadow.addColorStop(1, 'rgba(255, 255, 255, 0)');
  context.fillStyle = shadow;
  context.fillRect(0, 0, size, size);
  // The top of the canvas is the figure's front (−z) once the plane lies on the floor.
  const inner = GAZE_FROM_METRES * pixelsPerMetre;
  const outer = GAZE_TO_METRES * pixelsPerMetre;
  const gaze = context.createRadialGradient(centre, centre, inner, centre, centre, outer);
  gaze.addColorStop(0, 'rgba(255, 255, 255, 0.62)');
  gaze.addColorStop(0.75, 'rgba(255, 255, 255, 0.4)');
  gaze.addColorStop(1, 'rgba(255, 255, 255, 0.08)');
  const up = -Math.PI / 2;
  context.beginPath();
  context.arc(centre, centre, outer, up - GAZE_HALF_ANGLE_RADIANS, up + GAZE_HALF_ANGLE_RADIANS);
  context.arc(centre, centre, inner, up + GAZE_HALF_ANGLE_RADIANS, up - GAZE_HALF_ANGLE_RADIANS, true);
  context.closePath();
  context.fillStyle = gaze;
  context.fill();
  const texture = new CanvasTexture(canvas);
  texture.anisotropy = 4;
  return (shared = texture);
}

let sharedShape: BufferGeometry | undefined;

/** Only where the texture shows: the rest of its square would be blended for nothing. */
function floorMarkGeometry(): BufferGeometry {
  sharedShape ??= floorMarkShape({
    reachMetres: FLOOR_MARK_REACH_METRES,
    shadowRadiusMetres: SHADOW_RADIUS_METRES,
    gazeToMetres: GAZE_TO_METRES,
    gazeHalfAngleRadians: GAZE_HALF_ANGLE_RADIANS,
  });
  return sharedShape;
}

/** The figure's colour, darkened nearly to ink, so its mark belongs to it and still reads grey. */
export function floorMarkColour(hex: string): string {
  return `#${new Color(hex).lerp(INK, 0.62).getHexString()}`;
}

/** Lies on the floor under a figure and turns with it. */
export function FloorMark({ colour }: { colour: string }) {
  const texture = useMemo(floorMarkTexture, []);
  const tint = useMemo(() => floorMarkColour(colour), [colour]);
  if (!texture) return null;
  return (
    <mesh geometry={floorMarkGeometry()} position={[0, 0.003, 0]} rotation={[-Math.PI / 2, 0, 0]} renderOrder={1} raycast={() => null}>
      <meshBasicMaterial map={texture} color={tint} transparent depthWrite={false} />
    </mesh>
  );
}
