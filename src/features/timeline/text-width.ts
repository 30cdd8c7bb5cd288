/**
 * Text widths, measured once per (font, text) and remembered: measureText is far too slow to
 * call for every label on every frame of a pan.
 */
export interface TextWidths {
  width(font: string, text: string): number;
}

/** Forget everything past this many texts per font, so a long session stays bounded. */
const MAX_ENTRIES = 50_000;

export function createTextWidths(measure: (font: string, text: string) => number): TextWidths {
  const byFont = new Map<string, Map<string, number>>();
  return {
    width(font, text) {
      let cache = byFont.get(font);
      if (!cache) byFont.set(font, (cache = new Map()));
      let w = cache.get(text);
      if (w === undefined) {
        if (cache.size >= MAX_ENTRIES) cache.clear();
        w = measure(font, text);
        cache.set(text, w);
      }
      return w;
    },
  };
}

/** Measures with a canvas of its own; without canvas support (jsdom), estimates 6.4 px per character. */
export function canvasMeasure(): (font: string, text: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx || typeof ctx.measureText !== 'function') return (_font, text) => text.length * 6.4;
  return (font, text) => {
    if (ctx.font !== font) ctx.font = font;
    return ctx.measureText(text).width;
  };
}
