import './textSetup';
import { Billboard, Text } from '@react-three/drei';
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff?url';

interface FigureLabelProps {
  readonly text: string;
  readonly position: [number, number, number];
  /** Which edge of the text sits at the position. */
  readonly anchor: 'top' | 'bottom';
}

/** The figure's name, always turned to the viewer; the font ships with the app. */
export function FigureLabel({ text, position, anchor }: FigureLabelProps) {
  return (
    <Billboard position={position}>
      <Text
        font={fontUrl}
        fontSize={0.14}
        maxWidth={1.6}
        textAlign="center"
        anchorX="center"
        anchorY={anchor}
        color="#2f2a24"
        outlineWidth={0.014}
        outlineColor="#fbf6ec"
      >
        {text}
      </Text>
    </Billboard>
  );
}
