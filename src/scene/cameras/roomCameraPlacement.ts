/** Where the 3D view starts: in front of the board, a little above it, looking at its centre. */
export const ROOM_CAMERA_POSITION: [number, number, number] = [0, 4.4, 5.3];
export const ROOM_CAMERA_TARGET: [number, number, number] = [0, 0, 0.3];
export const ROOM_CAMERA_FOV_DEGREES = 45;
