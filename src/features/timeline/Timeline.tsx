import type { TimelineProps } from './types.ts';

/** Placeholder until the canvas timeline lands. */
export function Timeline(props: TimelineProps) {
  return <div data-testid="timeline">{props.events.ids.length} events loaded</div>;
}
