const numbers = new Intl.NumberFormat('en-US');

export function formatCount(n: number): string {
  return numbers.format(n);
}

/** What a density bar stands for, in words: "1,234 events" or "12 of 1,234 events match". */
export function describeBin(total: number, matching: number | null): string {
  return matching === null ? events(total) : `${formatCount(matching)} of ${events(total)} match`;
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
    return `${events(inView)} in view${hidden ? ` · ${formatCount(hidden)} behind “more”` : ''}`;
  }
  if (tallest === 0) return 'No events in view';
  const days = Math.round(daysPerBar);
  const per = days <= 1 ? 'day' : `${formatCount(days)} days`;
  return `Bars: events per ${per}, to scale · tallest ${formatCount(tallest)}`;
}

/** "1 event", "2 events". */
export function events(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'event' : 'events'}`;
}

/** The scale rule's label: "21 events a day", "310 events in 16 days". */
export function describeTallest(tallest: number, daysPerBar: number): string {
  const days = Math.round(daysPerBar);
  return days <= 1 ? `${events(tallest)} a day` : `${events(tallest)} in ${formatCount(days)} days`;
}
