import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { createTimelineController, type TimelineController } from './controller.ts';
import { LaneLabels } from './LaneLabels.tsx';
import { readPalette } from './palette.ts';
import type { TimelineProps } from './types.ts';
import './timeline.css';
import './labels.css';
import './overview.css';
// `sr-only` (visually hidden, still read) comes from the app's theme.css.

/**
 * The zoomable timeline. React renders the frame once; everything that moves is painted by
 * the controller outside React, once per animation frame.
 */
export function Timeline({ extraControls, ...props }: TimelineProps & { extraControls?: ReactNode }) {
  const rootRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<TimelineController | null>(null);
  const latestProps = useRef(props);
  const helpId = useId();
  const describedId = useId();

  // The colours are read here; the next effect repaints with them, `theme` being a prop that changed.
  useLayoutEffect(() => {
    readPalette(rootRef.current!);
  }, [props.theme]);

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
        zoomIn: pick<HTMLButtonElement>('zoom-in'),
        zoomOut: pick<HTMLButtonElement>('zoom-out'),
        overview: {
          strip: pick('overview'),
          canvas: pick<HTMLCanvasElement>('overview-canvas'),
          brush: pick('overview-brush'),
          start: pick<HTMLInputElement>('overview-start'),
          end: pick<HTMLInputElement>('overview-end'),
        },
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
      aria-describedby={`${describedId} ${helpId}`}
      data-focus-key="view"
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
      <div className="timeline-overview" role="group" aria-label="Overview of the whole collection">
        <canvas className="timeline-overview-canvas" aria-hidden="true" />
        <div className="timeline-overview-brush" aria-hidden="true" />
        <label className="sr-only">
          Start
          <input type="range" className="timeline-overview-start" step="1" />
        </label>
        <label className="sr-only">
          End
          <input type="range" className="timeline-overview-end" step="1" />
        </label>
      </div>
      <div className="timeline-controls">
        {extraControls}
        <button
          type="button"
          className="timeline-zoom-in"
          title="Zoom in (+)"
          onClick={() => controllerRef.current?.zoomBy(2)}
        >
          <span aria-hidden="true">+</span>
          <span className="sr-only">Zoom in</span>
        </button>
        <button
          type="button"
          className="timeline-zoom-out"
          title="Zoom out (−)"
          onClick={() => controllerRef.current?.zoomBy(0.5)}
        >
          <span aria-hidden="true">−</span>
          <span className="sr-only">Zoom out</span>
        </button>
        <button type="button" className="timeline-fit" onClick={() => controllerRef.current?.fitAll()}>
          Fit all
        </button>
      </div>
      <div className="timeline-tooltip" role="tooltip" hidden>
        <strong />
        <span />
      </div>
      <p id={describedId} className="sr-only">
        {props.description}
      </p>
      <p id={helpId} className="sr-only">
        Scroll or pinch to zoom, drag to pan. Keys: plus and minus zoom, left and right arrows move between events, Page
        Up and Page Down between days, Enter opens the event, Escape closes it. Question mark lists every key.
      </p>
      <div className="timeline-live sr-only" aria-live="polite" />
    </div>
  );
}
