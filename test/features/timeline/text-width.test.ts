import { describe, expect, it } from 'vitest';
import { createTextWidths } from '../../../src/features/timeline/text-width.ts';

describe('createTextWidths', () => {
  it('measures each text once per font and remembers the width', () => {
    const calls: string[] = [];
    const widths = createTextWidths((font, text) => {
      calls.push(`${font}|${text}`);
      return text.length * (font === 'bold' ? 8 : 6);
    });
    expect(widths.width('plain', 'Storm')).toBe(30);
    expect(widths.width('plain', 'Storm')).toBe(30);
    expect(widths.width('bold', 'Storm')).toBe(40);
    expect(calls).toEqual(['plain|Storm', 'bold|Storm']);
  });
});
