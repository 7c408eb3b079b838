import { Canvas } from '@react-three/fiber';
import { Suspense, useRef, useState } from 'react';
import { selectIsReplay, selectOrder } from '../store/selectors';
import { useResonans, useResonansStore } from '../store/StoreContext';
import { FigureEyesCamera } from './cameras/FigureEyesCamera';
import { SceneCapture } from './capture/SceneCapture';
import { wantsMultisampling } from './softwareRenderer';
import { RoomCamera } from './cameras/RoomCamera';
import { TopCamera } from './cameras/TopCamera';
import { FigureNode } from './figure/FigureNode';
import { LabelAnchors } from './labels/labelAnchors';
import { FigureLabels } from './labels/FigureLabels';
import { LabelPlacer } from './labels/LabelPlacer';
import { RoomFloor } from './room/RoomFloor';
import { RoomLights } from './room/RoomLights';
import { Ghosts } from './replay/Ghosts';
import { Trails } from './replay/Trails';

const BACKGROUND = '#efe7da';
/**
 * The canvas takes its size as soon as the browser reports it. React Three Fiber's default waits
 * 50 ms for scrolling to settle, and its size observer goes through that wait too, so every room
 * opened 50 ms late; the room's screen does not scroll.
 */
const MEASURE_AT_ONCE = { scroll: true, debounce: 0 } as const;

/**
 * The room in 3D, with the figures' names as page text over it. It draws only when something
 * changes (frameloop "demand"): an idle room costs no frames, which matters on a laptop that
 * also carries a video call.
 */
export function RoomCanvas({ label }: { label: string }) {
  const store = useResonansStore();
  const order = useResonans(selectOrder);
  const viewMode = useResonans((state) => state.viewMode);
  const viewpoint = useResonans((state) => state.viewpointFigureId);
  const replaying = useResonans(selectIsReplay);
  const [anchors] = useState(() => new LabelAnchors());
  const labels = useRef<HTMLDivElement>(null);
  // Decided before the canvas exists: a WebGL context cannot change its multisampling later.
  const [multisampling] = useState(wantsMultisampling);
  return (
    <div className="room-view">
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        gl={{ antialias: multisampling, preserveDrawingBuffer: false }}
        resize={MEASURE_AT_ONCE}
        aria-label={label}
        role="img"
      >
        <color attach="background" args={[BACKGROUND]} />
        <fog attach="fog" args={[BACKGROUND, 14, 30]} />
        {viewMode === 'room' && <RoomCamera />}
        {viewMode === 'top' && <TopCamera />}
        {viewMode === 'figure' && viewpoint && <FigureEyesCamera id={viewpoint} />}
        <RoomLights />
        <RoomFloor onEmptyClick={() => store.getState().select(null)} />
        <Suspense fallback={null}>
          {order.map((id) => (
            <FigureNode key={id} id={id} anchors={anchors} />
          ))}
        </Suspense>
        {replaying && <Trails />}
        {replaying && <Ghosts />}
        <LabelPlacer anchors={anchors} layer={labels} />
        <SceneCapture anchors={anchors} />
      </Canvas>
      <FigureLabels layer={labels} />
    </div>
  );
}
