import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { palette } from '../../../src/features/timeline/palette.ts';

const css = readFileSync(join(import.meta.dirname, '../../../src/features/timeline/timeline.css'), 'utf8');

/** `gridStrong` -> the light value of `--tl-grid-strong` in timeline.css, written as palette.ts writes it. */
function lightValueOf(key: string): string | undefined {
  const property = `--tl-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const light = new RegExp(`${property}: light-dark\\((#[0-9a-f]+|rgb\\([^)]*\\))`).exec(css)?.[1];
  // `rgb(194 65 12 / 0.28)` -> `rgba(194, 65, 12, 0.28)`
  return light?.replace(/^rgb\((\S+) (\S+) (\S+) \/ (\S+)\)$/, 'rgba($1, $2, $3, $4)');
}

describe('palette', () => {
  it.each(Object.keys(palette))('starts %s at the light value timeline.css gives it', (key) => {
    expect(palette[key as keyof typeof palette]).toBe(lightValueOf(key));
  });
});
