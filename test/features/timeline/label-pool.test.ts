// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import {
  beginLabels,
  createLabelPool,
  endLabels,
  placeLabel,
  resetLabels,
} from '../../../src/features/timeline/label-pool.ts';

const titles = ['Alpha: first event', 'Beta: second event', 'Gamma: third event'];
function setup() {
  const container = document.createElement('div');
  const source = {
    id: (i: number) => `id-${i}`,
    title: (i: number) => titles[i],
    text: vi.fn((i: number) => titles[i].split(': ')[1]),
  };
  return { container, source, pool: createLabelPool(container) };
}

function frame(setupResult: ReturnType<typeof setup>, indices: number[], x = 0) {
  const { pool, source } = setupResult;
  beginLabels(pool);
  indices.forEach((i, k) => placeLabel(pool, i, 'timeline-label', x + k * 100, 10, 90));
  endLabels(pool, source);
}

const visible = (container: HTMLElement) => [...container.querySelectorAll('button')].filter((b) => !b.hidden);

describe('label pool', () => {
  it('shows one button per label, named by the title and showing the headline', () => {
    const s = setup();
    frame(s, [0, 1]);
    const buttons = visible(s.container);
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([titles[0], titles[1]]);
    expect(buttons.map((b) => b.textContent)).toEqual(['first event', 'second event']);
    expect(buttons[1].dataset.id).toBe('id-1');
  });

  it('keeps an event on its button while it stays in view, writing text only for newcomers', () => {
    const s = setup();
    frame(s, [0, 1]);
    const buttonFor1 = visible(s.container)[1];
    s.source.text.mockClear();
    frame(s, [1, 2], 50);
    expect(s.source.text.mock.calls.map(([i]) => i)).toEqual([2]);
    expect(buttonFor1.getAttribute('aria-label')).toBe(titles[1]);
    expect(buttonFor1.style.transform).toBe('translate(50px, 10px)');
    expect(visible(s.container)).toHaveLength(2);
    expect(s.container.querySelectorAll('button')).toHaveLength(2);
  });

  it('hides buttons a frame did not use', () => {
    const s = setup();
    frame(s, [0, 1, 2]);
    frame(s, [2]);
    expect(visible(s.container).map((b) => b.getAttribute('aria-label'))).toEqual([titles[2]]);
  });

  it('rewrites every label after a reset, as indices then name other events', () => {
    const s = setup();
    frame(s, [0, 1]);
    resetLabels(s.pool);
    s.source.text.mockClear();
    frame(s, [0, 1]);
    expect(s.source.text).toHaveBeenCalledTimes(2);
  });

  it('slides the sheet on a pan and leaves buttons that kept their place untouched', () => {
    const s = setup();
    beginLabels(s.pool, 0);
    placeLabel(s.pool, 0, 'timeline-label', 300, 10, 90);
    placeLabel(s.pool, 1, 'timeline-label', 500, 10, 90);
    endLabels(s.pool, s.source);
    const [a, b] = visible(s.container);
    const sheet = a.parentElement!;
    b.style.transform = 'translate(1px, 1px)';
    // The view moved 40 px right: event 1 kept its place on the sheet, event 0 changed lane.
    beginLabels(s.pool, 40);
    placeLabel(s.pool, 0, 'timeline-label', 260, 30, 90);
    placeLabel(s.pool, 1, 'timeline-label', 460, 10, 90);
    endLabels(s.pool, s.source);
    expect(sheet.style.transform).toBe('translateX(-40px)');
    expect(a.style.transform).toBe('translate(300px, 30px)');
    expect(b.style.transform).toBe('translate(1px, 1px)');
  });
});
