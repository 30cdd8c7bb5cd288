/**
 * A small pool of absolutely positioned <button>s, one per visible label, reused frame after
 * frame. A button keeps showing the same event while that event stays in view; text is written
 * only for events that just came into view. The buttons sit on one sheet that a pan slides as a
 * whole (`shift`), so a button whose label kept its place is not written to at all.
 */
export interface LabelPool {
  container: HTMLElement;
  /** Holds the buttons; translated by -shift px, so buttons keep their place on it during a pan. */
  sheet: HTMLElement | null;
  /** The view's offset from the sheet's origin, and the whole pixels the sheet is moved by. */
  offset: number;
  shift: number;
  buttons: HTMLButtonElement[];
  /** What each button was last given, so unchanged buttons are skipped (NaN: nothing yet). */
  placedX: Float64Array;
  placedY: Float64Array;
  placedWidth: Float64Array;
  /** The event index each button shows (-1: none), and the frame that last placed it. */
  shown: Int32Array;
  placedIn: Int32Array;
  slotOf: Map<number, number>;
  frame: number;
  /** Labels whose event had no button yet, placed at the end of the frame. */
  pending: {
    index: Int32Array;
    x: Float64Array;
    y: Float64Array;
    width: Float64Array;
    className: string[];
    length: number;
  };
}

/** Reads an event's label; only called when a button starts showing another event. */
export interface LabelSource {
  id(index: number): string;
  title(index: number): string;
  text(index: number): string;
}

const MAX_LABELS = 400;

export function createLabelPool(container: HTMLElement): LabelPool {
  return {
    container,
    sheet: null,
    offset: 0,
    shift: 0,
    buttons: [],
    placedX: new Float64Array(MAX_LABELS).fill(NaN),
    placedY: new Float64Array(MAX_LABELS).fill(NaN),
    placedWidth: new Float64Array(MAX_LABELS).fill(NaN),
    shown: new Int32Array(MAX_LABELS).fill(-1),
    placedIn: new Int32Array(MAX_LABELS).fill(-1),
    slotOf: new Map(),
    frame: 0,
    pending: {
      index: new Int32Array(MAX_LABELS),
      x: new Float64Array(MAX_LABELS),
      y: new Float64Array(MAX_LABELS),
      width: new Float64Array(MAX_LABELS),
      className: new Array<string>(MAX_LABELS).fill(''),
      length: 0,
    },
  };
}

/** Forgets which button shows which event: indices mean other events now. */
export function resetLabels(pool: LabelPool): void {
  pool.shown.fill(-1);
  pool.slotOf.clear();
}

/**
 * Starts a frame. Labels are then placed in view coordinates; `shift` is how far the view has
 * moved right of the sheet's origin (0: none), whole pixels, changed only by a pan.
 */
export function beginLabels(pool: LabelPool, shift = 0): void {
  pool.frame++;
  pool.pending.length = 0;
  pool.offset = shift;
  const whole = Math.round(shift);
  if (whole !== pool.shift) {
    pool.shift = whole;
    if (pool.sheet) pool.sheet.style.transform = `translateX(${-whole}px)`;
  }
}

/** Places a label for event `index`; returns false once the pool is full. */
export function placeLabel(
  pool: LabelPool,
  index: number,
  className: string,
  x: number,
  y: number,
  width: number,
): boolean {
  const slot = pool.slotOf.get(index);
  if (slot !== undefined && pool.placedIn[slot] !== pool.frame) {
    pool.placedIn[slot] = pool.frame;
    position(pool, slot, className, x, y, width);
    return true;
  }
  const p = pool.pending;
  if (p.length >= MAX_LABELS) return false;
  const k = p.length++;
  p.index[k] = index;
  p.x[k] = x;
  p.y[k] = y;
  p.width[k] = width;
  p.className[k] = className;
  return true;
}

/** Ends a frame: gives new labels the buttons nobody placed, and hides the rest. */
export function endLabels(pool: LabelPool, source: LabelSource): void {
  const p = pool.pending;
  let slot = 0;
  for (let k = 0; k < p.length; k++) {
    while (slot < pool.buttons.length && pool.placedIn[slot] === pool.frame) slot++;
    if (slot >= MAX_LABELS) break;
    const button = pool.buttons[slot] ?? addButton(pool);
    const previous = pool.shown[slot];
    if (previous >= 0 && pool.slotOf.get(previous) === slot) pool.slotOf.delete(previous);
    const index = p.index[k];
    pool.shown[slot] = index;
    pool.slotOf.set(index, slot);
    pool.placedIn[slot] = pool.frame;
    button.textContent = source.text(index);
    button.setAttribute('aria-label', source.title(index));
    button.dataset.id = source.id(index);
    button.dataset.index = String(index);
    position(pool, slot, p.className[k], p.x[k], p.y[k], p.width[k]);
  }
  for (let s = 0; s < pool.buttons.length; s++) {
    const button = pool.buttons[s];
    const visible = pool.placedIn[s] === pool.frame;
    if (button.hidden === visible) button.hidden = !visible;
  }
}

function addButton(pool: LabelPool): HTMLButtonElement {
  if (!pool.sheet) {
    pool.sheet = document.createElement('div');
    pool.sheet.className = 'timeline-label-sheet';
    if (pool.shift !== 0) pool.sheet.style.transform = `translateX(${-pool.shift}px)`;
    pool.container.appendChild(pool.sheet);
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.tabIndex = -1;
  pool.sheet.appendChild(button);
  pool.buttons.push(button);
  return button;
}

/** Writes only what changed: a pan that keeps a label's lane leaves its button untouched. */
function position(pool: LabelPool, slot: number, className: string, x: number, y: number, width: number): void {
  const button = pool.buttons[slot];
  if (button.className !== className) button.className = className;
  // On the sheet a label that keeps its place has the same coordinate frame after frame.
  const sx = Math.round(x + pool.offset);
  const sy = Math.round(y);
  if (sx !== pool.placedX[slot] || sy !== pool.placedY[slot]) {
    pool.placedX[slot] = sx;
    pool.placedY[slot] = sy;
    button.style.transform = `translate(${sx}px, ${sy}px)`;
  }
  const w = Math.round(width);
  if (w !== pool.placedWidth[slot]) {
    pool.placedWidth[slot] = w;
    button.style.width = `${w}px`;
  }
}
