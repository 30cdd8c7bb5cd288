import { describe, expect, it } from 'vitest';
import { keyIntent } from '../../../src/features/timeline/keyboard.ts';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('keyIntent', () => {
  it('+ and = zoom in, - zooms out', () => {
    expect(keyIntent(press('+'), false)).toEqual({ kind: 'zoom', factor: 2 });
    expect(keyIntent(press('='), true)).toEqual({ kind: 'zoom', factor: 2 });
    expect(keyIntent(press('-'), false)).toEqual({ kind: 'zoom', factor: 0.5 });
  });

  it('arrows move the cursor between drawn events, and pan a tenth of the view over density', () => {
    expect(keyIntent(press('ArrowRight'), true)).toEqual({ kind: 'cursor', step: 1 });
    expect(keyIntent(press('ArrowLeft'), true)).toEqual({ kind: 'cursor', step: -1 });
    expect(keyIntent(press('ArrowRight'), false)).toEqual({ kind: 'pan', fraction: 0.1 });
  });

  it('Page Up and Page Down step a day between drawn events, and pan a whole view over density', () => {
    expect(keyIntent(press('PageDown'), true)).toEqual({ kind: 'cursor', step: 1, byDay: true });
    expect(keyIntent(press('PageUp'), true)).toEqual({ kind: 'cursor', step: -1, byDay: true });
    expect(keyIntent(press('PageUp'), false)).toEqual({ kind: 'pan', fraction: -1 });
  });

  it('Enter selects and Escape deselects', () => {
    expect(keyIntent(press('Enter'), true)).toEqual({ kind: 'select' });
    expect(keyIntent(press('Escape'), false)).toEqual({ kind: 'deselect' });
  });

  it('leaves the browser its own shortcuts and other keys', () => {
    expect(keyIntent(press('+', { ctrlKey: true }), true)).toBeNull();
    expect(keyIntent(press('-', { metaKey: true }), true)).toBeNull();
    expect(keyIntent(press('a'), true)).toBeNull();
    expect(keyIntent(press('Tab'), true)).toBeNull();
  });
});
