import { Color, Vector3 } from 'three';

/** A light from one direction (three's directional light), its position seen from the room's centre. */
interface DirectionalLight {
  readonly from: readonly [number, number, number];
  readonly colour: string;
  readonly intensity: number;
}

/**
 * The room's light, in one place: the figures are lit by it in the scene (`RoomLights`), and the
 * floor, rug and board have it baked into their colours (`roomFloorGeometry`), so both agree.
 */
export const ROOM_LIGHT = {
  sky: { colour: '#fff4e2', ground: '#a08a6c', intensity: 1.6 },
  directional: [
    { from: [3, 7, 5], colour: '#fff1dc', intensity: 1.5 },
    { from: [-4, 3, -3], colour: '#e8ecf2', intensity: 0.35 },
  ] satisfies readonly DirectionalLight[],
} as const;

/**
 * The light a matt surface of this colour and facing sends back, in linear units before tone
 * mapping, as three's standard material computes its diffuse part (Lambert, light units without
 * π since r155). A rough surface's faint gloss changes with the view, and baked light must not:
 * it is left out, and the full diffuse part stands in for it (the standard material gives the
 * gloss what it takes from the diffuse), which keeps floor and board within a level or two of
 * how they looked lit.
 */
export function bakedRadiance(albedo: string, normal: Vector3): Color {
  const diffuse = new Color(albedo);
  const sky = ROOM_LIGHT.sky;
  const up = 0.5 * normal.y + 0.5;
  const irradiance = new Color(sky.ground).lerp(new Color(sky.colour), up).multiplyScalar(sky.intensity);
  const direction = new Vector3();
  for (const light of ROOM_LIGHT.directional) {
    const facing = Math.max(0, normal.dot(direction.set(...light.from).normalize()));
    irradiance.add(new Color(light.colour).multiplyScalar(facing * light.intensity));
  }
  return diffuse.multiply(irradiance).multiplyScalar(1 / Math.PI);
}
