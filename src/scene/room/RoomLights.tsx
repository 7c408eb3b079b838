import { ROOM_LIGHT } from './roomLight';

/** Soft, warm light from above and a little from the front; no hard shadows. */
export function RoomLights() {
  const { sky, directional } = ROOM_LIGHT;
  return (
    <>
      <hemisphereLight args={[sky.colour, sky.ground, sky.intensity]} />
      {directional.map((light) => (
        <directionalLight key={light.from.join(',')} position={light.from} intensity={light.intensity} color={light.colour} />
      ))}
    </>
  );
}
