/**
 * The canvas painters' colours. The light values stand until readPalette copies the theme's
 * from timeline.css (its --tl-* properties), so the CSS is the one place colours are chosen.
 */
export const palette = {
  background: '#fbfaf7',
  ink: '#1f2430',
  muted: '#5f6673',
  grid: '#ebe7df',
  gridStrong: '#d9d3c7',
  bar: '#5d7fae',
  barFaint: '#dde3ec',
  barMatch: '#2f5d8a',
  barHover: '#1d3f63',
  mark: '#2f5d8a',
  selected: '#c2410c',
  selectedHalo: 'rgba(194, 65, 12, 0.28)',
  cursor: '#2563eb',
  today: '#a8a29e',
  moreBackground: '#efece6',
  laneEven: '#f3f1ec',
  related: '#7c3aed',
  overviewBackground: '#f3f1ec',
};

/** `gridStrong` -> `--tl-grid-strong`. */
function propertyOf(key: string): string {
  return `--tl-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * Resolves each --tl-* colour through a probe's `color` (a custom property alone would give back
 * `light-dark(...)` unresolved) and keeps the result for the next paint.
 */
export function readPalette(root: HTMLElement): void {
  const probe = document.createElement('span');
  probe.hidden = true;
  root.append(probe);
  const style = getComputedStyle(probe);
  for (const key of Object.keys(palette) as Array<keyof typeof palette>) {
    probe.style.color = `var(${propertyOf(key)})`;
    if (style.getPropertyValue(propertyOf(key))) palette[key] = style.color;
  }
  probe.remove();
}

export const font = {
  axis: '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  axisMajor: '600 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  /** The label buttons' font (labels.css), for measuring them. */
  label: '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  labelSelected: '600 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  small: '11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
} as const;
