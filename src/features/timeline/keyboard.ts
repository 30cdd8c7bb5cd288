/** What a key on the focused timeline asks for. */
export type KeyIntent =
  | { kind: 'zoom'; factor: number }
  | { kind: 'cursor'; step: number; byDay?: boolean }
  | { kind: 'pan'; fraction: number }
  | { kind: 'select' }
  | { kind: 'deselect' };

/**
 * Maps a key to an intent, or null to leave the key to the browser. Arrows move the event
 * cursor when events are drawn one by one, and pan by a tenth of the view over density;
 * Page Up/Down move a day at a time, or pan by a whole view.
 */
export function keyIntent(
  key: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean },
  eventsDrawn: boolean,
): KeyIntent | null {
  // Ctrl/Cmd with +/- is the browser's page zoom; leave it alone.
  if (key.ctrlKey || key.metaKey || key.altKey) return null;
  switch (key.key) {
    case '+':
    case '=':
      return { kind: 'zoom', factor: 2 };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 0.5 };
    case 'ArrowRight':
    case 'ArrowLeft': {
      const step = key.key === 'ArrowRight' ? 1 : -1;
      return eventsDrawn ? { kind: 'cursor', step } : { kind: 'pan', fraction: step / 10 };
    }
    case 'PageDown':
    case 'PageUp': {
      const step = key.key === 'PageDown' ? 1 : -1;
      return eventsDrawn ? { kind: 'cursor', step, byDay: true } : { kind: 'pan', fraction: step };
    }
    case 'Enter':
      return { kind: 'select' };
    case 'Escape':
      return { kind: 'deselect' };
    default:
      return null;
  }
}
