// @vitest-environment jsdom
import { fireEvent } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { attachGestures } from '../../../src/features/timeline/gestures.ts';

function setup() {
  const root = document.createElement('div');
  const plot = document.createElement('div');
  root.appendChild(plot);
  document.body.appendChild(root);
  let left = 100;
  const rect = vi.spyOn(plot, 'getBoundingClientRect').mockImplementation(() => ({ left, top: 0 }) as DOMRect);
  const on = {
    zoom: vi.fn(),
    pan: vi.fn(),
    settle: vi.fn(),
    hover: vi.fn(),
    leave: vi.fn(),
    click: vi.fn(),
    key: vi.fn(),
  };
  const detach = attachGestures(root, plot, on);
  return { plot, on, rect, detach, moveTo: (x: number) => (left = x) };
}

describe('gestures', () => {
  it('reads the plot once per drag, not once per move', () => {
    const { plot, on, rect, detach } = setup();
    fireEvent.pointerDown(plot, { pointerId: 1, pointerType: 'mouse', button: 0, clientX: 300, clientY: 50 });
    for (let x = 310; x <= 400; x += 10)
      fireEvent.pointerMove(plot, { pointerId: 1, pointerType: 'mouse', clientX: x, clientY: 50 });
    fireEvent.pointerUp(plot, { pointerId: 1, pointerType: 'mouse', clientX: 400, clientY: 50 });
    expect(rect).toHaveBeenCalledTimes(1);
    expect(on.pan.mock.calls.reduce((sum, [dx]) => sum + dx, 0)).toBe(100);
    detach();
  });

  it('reads the plot afresh for a hover, so it follows a scrolled page', () => {
    const { plot, on, moveTo, detach } = setup();
    fireEvent.pointerMove(plot, { pointerId: 1, pointerType: 'mouse', clientX: 300, clientY: 50 });
    moveTo(150);
    fireEvent.pointerMove(plot, { pointerId: 1, pointerType: 'mouse', clientX: 300, clientY: 50 });
    expect(on.hover.mock.calls.map(([x]) => x)).toEqual([200, 150]);
    detach();
  });

  it('zooms in when a trackpad pinch (ctrl+wheel) spreads the fingers, out when it closes them', () => {
    const { plot, on, detach } = setup();
    fireEvent.wheel(plot, { ctrlKey: true, deltaY: -10, clientX: 300, clientY: 50 });
    fireEvent.wheel(plot, { ctrlKey: true, deltaY: 10, clientX: 300, clientY: 50 });
    const [[spread, x], [close]] = on.zoom.mock.calls;
    expect(spread).toBeGreaterThan(1);
    expect(close).toBeLessThan(1);
    expect(x).toBe(200);
    detach();
  });

  it('zooms in as two fingers move apart and out as they pinch together, around their midpoint', () => {
    const { plot, on, detach } = setup();
    const touch = (type: 'pointerDown' | 'pointerMove', pointerId: number, clientX: number) =>
      fireEvent[type](plot, { pointerId, pointerType: 'touch', clientX, clientY: 50 });
    touch('pointerDown', 1, 300);
    touch('pointerDown', 2, 400);
    touch('pointerMove', 2, 500);
    touch('pointerMove', 2, 350);
    const [[apart, mid], [together]] = on.zoom.mock.calls;
    expect(apart).toBeCloseTo(2);
    expect(mid).toBe(300);
    expect(together).toBeCloseTo(0.25);
    detach();
  });
});
