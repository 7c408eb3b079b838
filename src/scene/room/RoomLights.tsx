/** Soft, warm light from above and a little from the front; no hard shadows. */
export function RoomLights() {
  return (
    <>
      <hemisphereLight args={['#fff4e2', '#a08a6c', 1.6]} />
      <directionalLight position={[3, 7, 5]} intensity={1.5} color="#fff1dc" />
      <directionalLight position={[-4, 3, -3]} intensity={0.35} color="#e8ecf2" />
    </>
  );
}
