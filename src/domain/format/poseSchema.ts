import * as v from 'valibot';
import { POSTURES } from '../model/pose';
import { ROOM_HALF_SIZE } from '../model/room';

const finite = v.pipe(v.number(), v.finite());
const onFloor = v.pipe(finite, v.minValue(-ROOM_HALF_SIZE), v.maxValue(ROOM_HALF_SIZE));

/** A pose on the floor of the room: nothing outside it, no NaN, facing in [0°, 360°]. */
export const PoseSchema = v.strictObject({
  x: onFloor,
  z: onFloor,
  facing: v.pipe(finite, v.minValue(0), v.maxValue(360)),
  posture: v.picklist(POSTURES),
});
