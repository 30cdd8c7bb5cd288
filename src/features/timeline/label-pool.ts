/**
 * A small pool of absolutely positioned <button>s, one per visible label, reused frame after
 * frame: only what changed is written to the DOM, so a pan costs a few style writes.
 */
export interface LabelPool {
  container: HTMLElement;
  buttons: HTMLButtonElement[];
  /** The event index each button shows, -1 when hidden. */
  shown: Int32Array;
  used: number;
}

/** Reads an event's label; only called when a button starts showing another event. */
export interface LabelSource {
  id(index: number): string;
  title(index: number): string;
  text(index: number): string;
}

const MAX_LABELS = 400;

export function createLabelPool(container: HTMLElement): LabelPool {
  return { container, buttons: [], shown: new Int32Array(MAX_LABELS).fill(-1), used: 0 };
}

/** Starts a frame: every button is up for reuse. */
export function beginLabels(pool: LabelPool): void {
  pool.used = 0;
}

/** Places the next label; returns false once the pool is full. */
export function placeLabel(
  pool: LabelPool,
  source: LabelSource,
  index: number,
  className: string,
  x: number,
  y: number,
  width: number,
): boolean {
  if (pool.used >= MAX_LABELS) return false;
  const slot = pool.used++;
  let button = pool.buttons[slot];
  if (!button) {
    button = document.createElement('button');
    button.type = 'button';
    button.tabIndex = -1;
    pool.container.appendChild(button);
    pool.buttons.push(button);
  }
  if (pool.shown[slot] !== index) {
    pool.shown[slot] = index;
    button.textContent = source.text(index);
    button.setAttribute('aria-label', source.title(index));
    button.dataset.id = source.id(index);
    button.dataset.index = String(index);
    button.hidden = false;
  }
  if (button.className !== className) button.className = className;
  button.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  const w = `${Math.round(width)}px`;
  if (button.style.width !== w) button.style.width = w;
  return true;
}

/** Ends a frame: hides the buttons this frame did not use. */
export function endLabels(pool: LabelPool): void {
  for (let slot = pool.used; slot < pool.buttons.length; slot++) {
    if (pool.shown[slot] === -1) continue;
    pool.shown[slot] = -1;
    pool.buttons[slot].hidden = true;
  }
}
