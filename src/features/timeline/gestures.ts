/**
 * The only place that listens to wheel, pointer and keyboard input. It turns raw events into
 * intents (zoom around a point, pan, settle, hover, click, key) and keeps no view state.
 */
export interface GestureHandlers {
  /** Scale by `factor` around plot x. */
  zoom(factor: number, x: number): void;
  pan(dx: number): void;
  /** The gesture settled: wheel idle, pointers up. */
  settle(): void;
  hover(x: number, y: number, clientX: number, clientY: number): void;
  leave(): void;
  click(x: number, y: number, target: EventTarget | null): void;
  key(event: KeyboardEvent): void;
}

const WHEEL_IDLE_MS = 150;
const DRAG_THRESHOLD_PX = 4;
const LINE_PX = 16;

interface Pointer {
  x: number;
  y: number;
}

export function attachGestures(root: HTMLElement, plot: HTMLElement, on: GestureHandlers): () => void {
  const pointers = new Map<number, Pointer>();
  let dragging = false;
  let downAt: Pointer | null = null;
  let suppressClick = false;
  let wheelTimer: ReturnType<typeof setTimeout> | undefined;

  // Held through a drag or a burst of wheel notches: the plot does not move meanwhile, and
  // reading it per event would force a layout of the labels the last frame moved.
  let heldRect: DOMRect | null = null;
  const local = (e: { clientX: number; clientY: number }): Pointer => {
    const rect = heldRect ?? plot.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  };
  const endWheel = () => {
    heldRect = null;
    on.settle();
  };

  const onWheel = (e: WheelEvent) => {
    e.preventDefault();
    const unit = e.deltaMode === 1 ? LINE_PX : e.deltaMode === 2 ? plot.clientWidth : 1;
    const dx = e.deltaX * unit;
    const dy = e.deltaY * unit;
    heldRect ??= plot.getBoundingClientRect();
    const p = local(e);
    if (e.ctrlKey)
      on.zoom(Math.exp(-dy * 0.01), p.x); // trackpad pinch arrives as ctrl+wheel
    else if (e.shiftKey) on.pan(-(dy || dx));
    else if (Math.abs(dx) > Math.abs(dy)) on.pan(-dx);
    else on.zoom(Math.exp(-dy * 0.002), p.x);
    clearTimeout(wheelTimer);
    wheelTimer = setTimeout(endWheel, WHEEL_IDLE_MS);
  };

  const pinchState = () => {
    const [a, b] = [...pointers.values()];
    return { mid: (a.x + b.x) / 2, distance: Math.max(1, Math.hypot(a.x - b.x, a.y - b.y)) };
  };

  const onPointerDown = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    suppressClick = false;
    heldRect = plot.getBoundingClientRect();
    pointers.set(e.pointerId, local(e));
    if (pointers.size === 1) {
      downAt = local(e);
      dragging = false;
    } else {
      // A second finger turns the drag into a pinch.
      dragging = true;
      for (const id of pointers.keys()) capture(id);
      on.leave();
    }
  };

  const capture = (id: number) => {
    try {
      if (!plot.hasPointerCapture(id)) plot.setPointerCapture(id);
    } catch {
      // The pointer is already gone (or was synthetic): dragging still works without capture.
    }
  };

  const onPointerMove = (e: PointerEvent) => {
    // A plain hover reads the plot afresh: the page may have scrolled since.
    if (!pointers.has(e.pointerId)) heldRect = null;
    const p = local(e);
    const previous = pointers.get(e.pointerId);
    if (!previous) {
      if (e.pointerType === 'mouse') on.hover(p.x, p.y, e.clientX, e.clientY);
      return;
    }
    if (pointers.size >= 2) {
      const before = pinchState();
      pointers.set(e.pointerId, p);
      const after = pinchState();
      on.zoom(after.distance / before.distance, after.mid);
      on.pan(after.mid - before.mid);
      return;
    }
    pointers.set(e.pointerId, p);
    if (!dragging && downAt && Math.abs(p.x - downAt.x) + Math.abs(p.y - downAt.y) > DRAG_THRESHOLD_PX) {
      // Capture only once it is a drag, so a plain click still reaches the label under it.
      dragging = true;
      capture(e.pointerId);
      on.leave();
      on.pan(p.x - downAt.x);
      return;
    }
    if (dragging) on.pan(p.x - previous.x);
  };

  const onPointerUp = (e: PointerEvent) => {
    if (!pointers.delete(e.pointerId)) return;
    if (pointers.size > 0) return;
    heldRect = null;
    if (dragging) {
      suppressClick = e.type === 'pointerup';
      dragging = false;
      on.settle();
    }
    downAt = null;
  };

  const onClick = (e: MouseEvent) => {
    if (suppressClick) {
      suppressClick = false;
      e.stopPropagation();
      e.preventDefault();
      return;
    }
    const p = local(e);
    on.click(p.x, p.y, e.target);
  };

  const onDoubleClick = (e: MouseEvent) => {
    const p = local(e);
    on.zoom(e.shiftKey ? 0.5 : 2, p.x);
    on.settle();
  };

  const onLeave = () => on.leave();
  const onKey = (e: KeyboardEvent) => on.key(e);

  // One table, so every listener added here is removed again on destroy.
  const listeners: Array<[EventTarget, string, EventListener, AddEventListenerOptions | boolean]> = [
    [plot, 'wheel', onWheel as EventListener, { passive: false }],
    [plot, 'pointerdown', onPointerDown as EventListener, false],
    [plot, 'pointermove', onPointerMove as EventListener, false],
    [plot, 'pointerup', onPointerUp as EventListener, false],
    [plot, 'pointercancel', onPointerUp as EventListener, false],
    [plot, 'pointerleave', onLeave, false],
    [plot, 'click', onClick as EventListener, true],
    [plot, 'dblclick', onDoubleClick as EventListener, false],
    [root, 'keydown', onKey as EventListener, false],
  ];
  for (const [target, type, listener, options] of listeners) target.addEventListener(type, listener, options);
  return () => {
    clearTimeout(wheelTimer);
    for (const [target, type, listener, options] of listeners) target.removeEventListener(type, listener, options);
  };
}
