import { describe, expect, it } from 'vitest';
import { familyRoom } from './diagramFixtures';
import { diagramToSvg } from './diagramToSvg';
import { topViewDiagram } from './topViewDiagram';

describe('diagramToSvg', () => {
  const room = familyRoom();
  const svg = diagramToSvg(topViewDiagram({ room, labels: (figure) => figure.label, widthPx: 640, heightPx: 480, title: 'End picture' }));

  it('is a standalone SVG document of the asked size that a browser parses', () => {
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(document.querySelector('parsererror')).toBeNull();
    const root = document.documentElement;
    expect(root.getAttribute('width')).toBe('640');
    expect(root.getAttribute('viewBox')).toBe('0 0 640 480');
    expect(root.querySelector('title')?.textContent).toBe('End picture');
    expect([...root.querySelectorAll('text')].map((text) => text.textContent)).toContain('Little sister');
  });

  it('escapes what a label could hold, and keeps Nordic and German letters as they are', () => {
    const named = { ...room, figures: { ...room.figures, [room.order[0]!]: { ...room.figures[room.order[0]!]!, label: 'Æ ø å <ß> & "ü"' } } };
    const text = diagramToSvg(topViewDiagram({ room: named, labels: (figure) => figure.label, widthPx: 640, heightPx: 480 }));
    const document = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(document.querySelector('parsererror')).toBeNull();
    expect([...document.querySelectorAll('text')].map((node) => node.textContent)).toContain('Æ ø å <ß> & "ü"');
  });

  it('writes numbers with at most two decimals', () => {
    expect(svg).not.toMatch(/\d\.\d{3}/);
  });
});
