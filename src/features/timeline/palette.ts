/** One calm light palette, shared by the canvas painters (the CSS mirrors it). */
export const palette = {
  background: '#fbfaf7',
  ink: '#1f2430',
  muted: '#5f6673',
  grid: '#ebe7df',
  gridStrong: '#d9d3c7',
  bar: '#6b8cb9',
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
} as const;

export const font = {
  axis: '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  axisMajor: '600 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  /** The label buttons' font (timeline.css), for measuring them. */
  label: '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  labelSelected: '600 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  small: '11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
} as const;
