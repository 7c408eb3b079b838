import type { ThreeEvent } from '@react-three/fiber';
import { BOARD_HALF_SIZE, ROOM_HALF_SIZE } from '../../domain/model/room';

/** A click that moved more than this (in pixels) was an orbit, not a click on the floor. */
const CLICK_TOLERANCE_PX = 5;

const BOARD = BOARD_HALF_SIZE * 2;
const ROOM = ROOM_HALF_SIZE * 2;
const EDGE_WIDTH_METRES = 0.05;
const BOARD_HEIGHT_METRES = 0.02;

/**
 * A warm floor, the room's rug within it, and the square board with a darker raised edge,
 * like the wooden family board on a quiet table.
 */
export function RoomFloor({ onEmptyClick }: { onEmptyClick: () => void }) {
  const edges: [number, number, number, number][] = [
    [0, -BOARD_HALF_SIZE, BOARD + EDGE_WIDTH_METRES, EDGE_WIDTH_METRES],
    [0, BOARD_HALF_SIZE, BOARD + EDGE_WIDTH_METRES, EDGE_WIDTH_METRES],
    [-BOARD_HALF_SIZE, 0, EDGE_WIDTH_METRES, BOARD + EDGE_WIDTH_METRES],
    [BOARD_HALF_SIZE, 0, EDGE_WIDTH_METRES, BOARD + EDGE_WIDTH_METRES],
  ];
  return (
    <group onClick={(event: ThreeEvent<MouseEvent>) => event.delta <= CLICK_TOLERANCE_PX && onEmptyClick()}>
      <mesh rotation={[-Math.PI / 2, 0, 0]} position={[0, -0.01, 0]}>
        <planeGeometry args={[40, 40]} />
        <meshStandardMaterial color="#cdbfa8" roughness={1} />
      </mesh>
      <mesh rotation={[-Math.PI / 2, 0, 0]} position={[0, -0.005, 0]}>
        <planeGeometry args={[ROOM, ROOM]} />
        <meshStandardMaterial color="#e2d5bf" roughness={1} />
      </mesh>
      <mesh position={[0, -BOARD_HEIGHT_METRES / 2, 0]}>
        <boxGeometry args={[BOARD, BOARD_HEIGHT_METRES, BOARD]} />
        <meshStandardMaterial color="#ead9b8" roughness={0.9} />
      </mesh>
      {edges.map(([x, z, width, depth]) => (
        <mesh key={`${x}:${z}`} position={[x, 0.006, z]}>
          <boxGeometry args={[width, 0.024, depth]} />
          <meshStandardMaterial color="#8c6d4c" roughness={0.8} />
        </mesh>
      ))}
    </group>
  );
}
