import { facingToward, normaliseFacing, type Pose } from '../model/pose';

/** Eight directions around a person, as they would say it: in front, to the right, behind… */
export const SECTORS = ['front', 'frontRight', 'right', 'backRight', 'back', 'backLeft', 'left', 'frontLeft'] as const;
export type Sector = (typeof SECTORS)[number];

export type FacingRelation = 'toward' | 'away' | 'aside';

export interface RelativePlace {
  readonly distanceMetres: number;
  /** Where the figure stands, seen from the client's own facing. */
  readonly sector: Sector;
  /** Whether the figure looks at the client, away from the client, or past them. */
  readonly facing: FacingRelation;
}

/** Within this many degrees a figure counts as looking at (or away from) someone. */
const LOOKING_TOLERANCE_DEGREES = 30;

const signedAngle = (degrees: number) => {
  const normal = normaliseFacing(degrees);
  return normal > 180 ? normal - 360 : normal;
};

/**
 * Where a figure stands relative to the client and whether it faces them: what a screen-reader
 * user needs to picture the room, in the words a therapist would use. Pure geometry, no meaning.
 */
export function relativePlace(client: Pose, figure: Pose): RelativePlace {
  const distanceMetres = Math.hypot(figure.x - client.x, figure.z - client.z);
  const bearing = signedAngle(facingToward(client, figure) - client.facing);
  const sector = SECTORS[Math.round(normaliseFacing(bearing) / 45) % 8] ?? 'front';
  const towardClient = facingToward(figure, client);
  const offset = Math.abs(signedAngle(figure.facing - towardClient));
  const facing: FacingRelation = offset <= LOOKING_TOLERANCE_DEGREES ? 'toward' : offset >= 180 - LOOKING_TOLERANCE_DEGREES ? 'away' : 'aside';
  return { distanceMetres, sector, facing };
}
