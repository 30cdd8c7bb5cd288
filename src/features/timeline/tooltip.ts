const OFFSET_PX = 14;
const EDGE_PX = 8;

/** Shows the tooltip near the pointer, flipped or clamped so it stays inside the viewport. */
export function showTooltip(
  tooltip: HTMLElement,
  root: HTMLElement,
  heading: string,
  detail: string,
  clientX: number,
  clientY: number,
): void {
  const [headingEl, detailEl] = tooltip.children as HTMLCollectionOf<HTMLElement>;
  if (headingEl.textContent !== heading) headingEl.textContent = heading;
  if (detailEl.textContent !== detail) detailEl.textContent = detail;
  tooltip.hidden = false;
  const w = tooltip.offsetWidth;
  const h = tooltip.offsetHeight;
  let left = clientX + OFFSET_PX;
  if (left + w > window.innerWidth - EDGE_PX) left = clientX - OFFSET_PX - w;
  left = Math.max(EDGE_PX, Math.min(left, window.innerWidth - EDGE_PX - w));
  let top = clientY + OFFSET_PX;
  if (top + h > window.innerHeight - EDGE_PX) top = clientY - OFFSET_PX - h;
  top = Math.max(EDGE_PX, top);
  const rect = root.getBoundingClientRect();
  tooltip.style.transform = `translate(${Math.round(left - rect.left)}px, ${Math.round(top - rect.top)}px)`;
}

export function hideTooltip(tooltip: HTMLElement): void {
  if (!tooltip.hidden) tooltip.hidden = true;
}
