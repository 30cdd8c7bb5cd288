/** What the timeline's canvas painted, read back from its pixels, and WCAG contrast between colours. */
import type { Page } from 'playwright-core';

export interface PaintedColours {
  /** The most common colour: the plot's background. */
  background: string;
  /** Colours filling solid 3x3 blocks (marks, bars: not 1-px gridlines or anti-aliased edges), with pixel counts. */
  solids: Array<{ colour: string; count: number }>;
}

export function paintedColours(page: Page): Promise<PaintedColours> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.timeline-canvas')!;
    const { width, height } = canvas;
    const data = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
    const at = (x: number, y: number) => {
      const i = (y * width + x) * 4;
      return (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    };
    const all = new Map<number, number>();
    const solids = new Map<number, number>();
    for (let y = 1; y < height - 1; y++) {
      for (let x = 1; x < width - 1; x++) {
        const c = at(x, y);
        all.set(c, (all.get(c) ?? 0) + 1);
        let solid = true;
        for (let dy = -1; dy <= 1 && solid; dy++)
          for (let dx = -1; dx <= 1 && solid; dx++) solid = at(x + dx, y + dy) === c;
        if (solid) solids.set(c, (solids.get(c) ?? 0) + 1);
      }
    }
    const hex = (c: number) => `#${c.toString(16).padStart(6, '0')}`;
    const background = [...all].sort((a, b) => b[1] - a[1])[0][0];
    return {
      background: hex(background),
      solids: [...solids]
        .filter(([c]) => c !== background)
        .map(([c, count]) => ({ colour: hex(c), count }))
        .sort((a, b) => b.count - a.count),
    };
  });
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
