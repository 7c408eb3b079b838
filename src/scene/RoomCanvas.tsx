import { Canvas } from '@react-three/fiber';
import { type RefObject, Suspense, useRef, useState } from 'react';
import type { ResonansStore } from '../store/createStore';
import { selectIsReplay, selectOrder } from '../store/selectors';
import { StoreProvider, useResonans, useResonansStore } from '../store/StoreContext';
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
import { rehearsalStore } from './rehearsal/rehearsalStore';
import { MarkRehearsed } from './rehearsal/MarkRehearsed';

const BACKGROUND = '#efe7da';
/**
 * The canvas takes its size as soon as the browser reports it. React Three Fiber's default waits
 * 50 ms for scrolling to settle, and its size observer goes through that wait too, so every room
 * opened 50 ms late; the room's screen does not scroll.
 */
const MEASURE_AT_ONCE = { scroll: true, debounce: 0 } as const;

export interface RoomCanvasProps {
  readonly label: string;
  /**
   * The room rehearses: out of sight, while no session is shown, it draws a small session of its
   * own once (`rehearsalStore`). Its canvas, WebGL context and shaders are then ready, so the
   * session opened next is drawn in them without building them first.
   */
  readonly rehearsal?: boolean;
}

/**
 * The room in 3D, with the figures' names as page text over it. It draws only when something
 * changes (frameloop "demand"): an idle room costs no frames, which matters on a laptop that
 * also carries a video call. The canvas outlives what it shows: the scene is built anew for each
 * session (and for a rehearsal), in the same canvas.
 */
export function RoomCanvas({ label, rehearsal = false }: RoomCanvasProps) {
  const appStore = useResonansStore();
  // Made the first time the room rehearses, and kept for its later rehearsals.
  const rehearsing = useRef<ResonansStore | null>(null);
  if (rehearsal) rehearsing.current ??= rehearsalStore();
  const store = rehearsal && rehearsing.current ? rehearsing.current : appStore;
  // Not heard while rehearsing: a session opening must not make the rehearsal draw again.
  const sessionId = useResonans((state) => (rehearsal ? null : (state.session?.id ?? null)));
  const scene = rehearsal ? 'rehearsal' : `session ${sessionId ?? ''}`;
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
        <StoreProvider store={store}>
          <RoomScene key={scene} labels={labels} rehearsal={rehearsal} />
        </StoreProvider>
      </Canvas>
      <StoreProvider store={store}>
        <FigureLabels key={scene} layer={labels} />
      </StoreProvider>
    </div>
  );
}

/** What the room shows of one session: cameras, light, floor, figures, and in replay their trails. */
function RoomScene({ labels, rehearsal }: { labels: RefObject<HTMLDivElement | null>; rehearsal: boolean }) {
  const store = useResonansStore();
  const order = useResonans(selectOrder);
  const viewMode = useResonans((state) => state.viewMode);
  const viewpoint = useResonans((state) => state.viewpointFigureId);
  const replaying = useResonans(selectIsReplay);
  const [anchors] = useState(() => new LabelAnchors());
  return (
    <>
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
      {/* Pictures are of the room on screen, never of a rehearsal. */}
      {rehearsal ? <MarkRehearsed /> : <SceneCapture anchors={anchors} />}
    </>
  );
}
