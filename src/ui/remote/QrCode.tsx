import { useMemo } from 'react';
import { encode } from 'uqr';

/**
 * A QR code drawn here from the text, as one SVG path: nothing is fetched, and the text never
 * leaves the page. Dark on white with a quiet border, as phone cameras expect.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    const code = encode(text, { ecc: 'M', border: 2 });
    let d = '';
    code.data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) d += `M${x} ${y}h1v1h-1z`;
      }),
    );
    return { size: code.size, path: d };
  }, [text]);
  return (
    <svg className="qr-code" role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#1f1b16" />
    </svg>
  );
}
