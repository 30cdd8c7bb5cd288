import { formatDay } from '../../lib/dates.ts';
import type { MarkLayout } from './mark-layout.ts';

/**
 * The "+N more" markers as real buttons (keyboard and screen reader reach them), one per
 * marker, reused frame after frame and written to only when they change.
 */
export interface MoreButtons {
  container: HTMLElement;
  buttons: HTMLButtonElement[];
}

export function createMoreButtons(parent: HTMLElement): MoreButtons {
  const container = document.createElement('div');
  container.className = 'timeline-more';
  parent.appendChild(container);
  return { container, buttons: [] };
}

/** Shows the layout's markers on the row centred at `rowY`; hides the rest. */
export function placeMoreButtons(more: MoreButtons, layout: MarkLayout, rowY: number): void {
  for (let m = 0; m < layout.moreLength; m++) {
    const button = more.buttons[m] ?? addButton(more);
    const count = layout.moreCount[m];
    const day = String(layout.moreDay[m]);
    if (button.dataset.count !== String(count) || button.dataset.day !== day) {
      button.dataset.count = String(count);
      button.dataset.day = day;
      button.textContent = `+${count} more`;
      button.setAttribute('aria-label', `${count} more events from ${formatDay(layout.moreDay[m])}: list them`);
    }
    const transform = `translate(${Math.round(layout.moreX[m] - 4)}px, ${Math.round(rowY - 9)}px)`;
    if (button.style.transform !== transform) button.style.transform = transform;
    if (button.hidden) button.hidden = false;
  }
  for (let m = layout.moreLength; m < more.buttons.length; m++) {
    if (!more.buttons[m].hidden) more.buttons[m].hidden = true;
  }
}

function addButton(more: MoreButtons): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'timeline-more-button';
  more.container.appendChild(button);
  more.buttons.push(button);
  return button;
}
