const OFFSET_PX = 14;
const EDGE_PX = 8;

/**
 * Shows the tooltip near the pointer, on the side with more room, in viewport coordinates.
 * It never reads layout: flipping uses a percentage transform and the room left becomes
 * max-width, so hovering during a gesture cannot force a synchronous layout.
 */
export function showTooltip(
  tooltip: HTMLElement,
  heading: string,
  detail: string,
  clientX: number,
  clientY: number,
): void {
  const [headingEl, detailEl] = tooltip.children as HTMLCollectionOf<HTMLElement>;
  if (headingEl.textContent !== heading) headingEl.textContent = heading;
  if (detailEl.textContent !== detail) detailEl.textContent = detail;
  if (tooltip.hidden) tooltip.hidden = false;
  const viewportWidth = window.innerWidth;
  const viewportHeight = window.innerHeight;
  const flipX = clientX > viewportWidth / 2;
  const flipY = clientY > viewportHeight / 2;
  const x = flipX ? clientX - OFFSET_PX : clientX + OFFSET_PX;
  const y = flipY ? clientY - OFFSET_PX : clientY + OFFSET_PX;
  const room = Math.max(120, (flipX ? x : viewportWidth - x) - EDGE_PX);
  tooltip.style.maxWidth = `${Math.round(Math.min(360, room))}px`;
  tooltip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px) translate(${flipX ? '-100%' : '0'}, ${flipY ? '-100%' : '0'})`;
}

export function hideTooltip(tooltip: HTMLElement): void {
  if (!tooltip.hidden) tooltip.hidden = true;
}
