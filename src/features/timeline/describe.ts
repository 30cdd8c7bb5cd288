const numbers = new Intl.NumberFormat('en-US');

export function formatCount(n: number): string {
  return numbers.format(n);
}

/** What a density bar stands for, in words: "1,234 events" or "12 of 1,234 events match". */
export function describeBin(total: number, matching: number | null): string {
  const events = `${formatCount(total)} ${total === 1 ? 'event' : 'events'}`;
  return matching === null ? events : `${formatCount(matching)} of ${events} match`;
}

/** The legend line: what the bars mean over density, what is hidden when zoomed in. */
export function describeView(
  eventsDrawn: boolean,
  inView: number,
  hidden: number,
  tallest: number,
  daysPerBar: number,
): string {
  if (eventsDrawn) {
    return `${formatCount(inView)} events in view${hidden ? ` · ${formatCount(hidden)} behind “more”` : ''}`;
  }
  if (tallest === 0) return 'No events in view';
  const days = Math.round(daysPerBar);
  const per = days <= 1 ? 'day' : `${formatCount(days)} days`;
  return `Bar height: √ events per ${per} · tallest ${formatCount(tallest)}`;
}
