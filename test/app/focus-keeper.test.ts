// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFocusKeeper, type FocusKeeper } from '../../src/app/focus-keeper.ts';

// jsdom has no CSS.escape; the keys here need none.
globalThis.CSS ??= { escape: (text: string) => text } as typeof CSS;
// jsdom lays nothing out; the keeper only moves focus to elements that are rendered.
HTMLElement.prototype.getClientRects = function () {
  return [new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList;
};

let root: HTMLDivElement;
let keeper: FocusKeeper;

function element(tag: string, attributes: Record<string, string>): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (tag !== 'button') el.tabIndex = -1;
  return el;
}

/** Mutation observers report after the current task's microtasks. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  root.append(element('div', { 'data-focus-key': 'view' }));
  keeper = createFocusKeeper(root, ['panel-heading', 'view']);
});

afterEach(() => {
  keeper.destroy();
  root.remove();
});

describe('createFocusKeeper', () => {
  it('moves focus to the element the removed one names', async () => {
    const next = element('button', { 'data-focus-key': 'next', 'data-refocus': 'next prev' });
    root.append(next);
    next.focus();
    next.remove();
    root.append(element('button', { 'data-focus-key': 'next' }));
    await settle();
    expect(document.activeElement?.getAttribute('data-focus-key')).toBe('next');
  });

  it('falls back while the named element loads, then moves to it unless the user moved on', async () => {
    const next = element('button', { 'data-focus-key': 'next', 'data-refocus': 'next' });
    root.append(next);
    next.focus();
    next.remove();
    await settle();
    expect(document.activeElement?.getAttribute('data-focus-key')).toBe('view');
    root.append(element('button', { 'data-focus-key': 'next' }));
    await settle();
    expect(document.activeElement?.getAttribute('data-focus-key')).toBe('next');
  });

  it('leaves focus alone when the user put it on the page itself', async () => {
    const link = element('button', {});
    root.append(link);
    link.focus();
    link.blur();
    root.append(element('p', {}));
    await settle();
    expect(document.activeElement).toBe(document.body);
  });

  it('focuses a requested element as soon as it appears', async () => {
    keeper.request('day-42');
    root.append(element('h2', { 'data-focus-key': 'panel-heading day-42' }));
    await settle();
    expect(document.activeElement?.tagName).toBe('H2');
  });
});
