import { useId, useLayoutEffect, useRef } from 'react';
import { createTimelineController, type TimelineController } from './controller.ts';
import { LaneLabels } from './LaneLabels.tsx';
import type { TimelineProps } from './types.ts';
import './timeline.css';

/**
 * The zoomable timeline. React renders the frame once; everything that moves is painted by
 * the controller outside React, once per animation frame.
 */
export function Timeline(props: TimelineProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<TimelineController | null>(null);
  const latestProps = useRef(props);
  const helpId = useId();

  useLayoutEffect(() => {
    latestProps.current = props;
    controllerRef.current?.update(props);
  });

  useLayoutEffect(() => {
    const root = rootRef.current!;
    const pick = <T extends HTMLElement>(name: string) => root.querySelector<T>(`.timeline-${name}`)!;
    const controller = createTimelineController(
      {
        root,
        plot: pick('plot'),
        canvas: pick<HTMLCanvasElement>('canvas'),
        labels: pick('labels'),
        tooltip: pick('tooltip'),
        live: pick('live'),
        legend: pick('legend'),
        edges: { before: pick<HTMLButtonElement>('edge-before'), after: pick<HTMLButtonElement>('edge-after') },
      },
      latestProps.current,
    );
    controllerRef.current = controller;
    return () => {
      controller.destroy();
      controllerRef.current = null;
    };
  }, []);

  return (
    <div
      ref={rootRef}
      className="timeline"
      data-testid="timeline"
      tabIndex={0}
      role="application"
      aria-roledescription="timeline"
      aria-label="Timeline of events"
      aria-describedby={helpId}
    >
      <div className="timeline-plot">
        <canvas className="timeline-canvas" aria-hidden="true" />
        <div className="timeline-labels" />
      </div>
      <div className="timeline-legend" aria-hidden="true" />
      {props.lanes && <LaneLabels lanes={props.lanes} onOpenStory={props.onOpenStory} />}
      {/* Texts and visibility are the controller's: they follow the view frame by frame. */}
      <button
        type="button"
        className="timeline-edge timeline-edge-before"
        hidden
        onClick={() => controllerRef.current?.toRelated('before')}
      />
      <button
        type="button"
        className="timeline-edge timeline-edge-after"
        hidden
        onClick={() => controllerRef.current?.toRelated('after')}
      />
      <div className="timeline-controls">
        <button type="button" aria-label="Zoom in" onClick={() => controllerRef.current?.zoomBy(2)}>
          +
        </button>
        <button type="button" aria-label="Zoom out" onClick={() => controllerRef.current?.zoomBy(0.5)}>
          −
        </button>
        <button
          type="button"
          aria-label="Fit all"
          className="timeline-fit"
          onClick={() => controllerRef.current?.fitAll()}
        >
          Fit all
        </button>
      </div>
      <div className="timeline-tooltip" role="tooltip" hidden>
        <strong />
        <span />
      </div>
      <p id={helpId} className="timeline-sr-only">
        Scroll or pinch to zoom, drag to pan. Keys: plus and minus zoom, left and right arrows move between events,
        Enter opens the event, Escape closes it.
      </p>
      <div className="timeline-live timeline-sr-only" aria-live="polite" />
    </div>
  );
}
