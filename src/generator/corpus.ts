/**
 * A whole synthetic corpus as a stream of files: for each day its page, then its events.
 * Pure apart from memory: the CLI decides where the files go.
 */
import { planMalformed, breakFile, type GeneratedFile, type MalformedCase } from './malformed.ts';
import { planCorpus, type CorpusPlan } from './plan.ts';
import { bodyParagraphs, sourceLinks } from './prose.ts';
import { mixSeed, Random } from './random.ts';
import { pickRelated } from './related.ts';
import { dayFolder, renderDayPage, renderEvent } from './render.ts';

export interface CorpusOptions {
  events: number;
  seed: number;
  /** Share of event files to break, 0-100. */
  malformedPercent: number;
}

export interface Corpus {
  plan: CorpusPlan;
  /** Event index -> how its file is broken. */
  malformed: Map<number, MalformedCase>;
  files(): Generator<GeneratedFile>;
}

export function generateCorpus(options: CorpusOptions): Corpus {
  const plan = planCorpus(options.events, options.seed);
  const days = plan.events.map((e) => e.day);
  const malformed = planMalformed(days, options.malformedPercent, new Random(mixSeed(options.seed, 5)));
  return { plan, malformed, files: () => corpusFiles(plan, malformed) };
}

function* corpusFiles(plan: CorpusPlan, malformed: Map<number, MalformedCase>): Generator<GeneratedFile> {
  const { events } = plan;
  for (let start = 0; start < events.length;) {
    const day = events[start].day;
    let end = start;
    while (end < events.length && events[end].day === day) end++;
    const folder = dayFolder(day, plan.unpaddedDays.has(day));
    yield { path: `${folder}/index.md`, content: renderDayPage(day, events.slice(start, end)) };
    for (let i = start; i < end; i++) {
      const file = { path: `${folder}/${events[i].slug}.md`, content: renderEventAt(plan, i) };
      const kind = malformed.get(i);
      if (kind) yield* breakFile(kind, file, day, new Random(mixSeed(plan.seed, 6, i)));
      else yield file;
    }
    start = end;
  }
}

export function renderEventAt(plan: CorpusPlan, index: number): string {
  const event = plan.events[index];
  const random = new Random(mixSeed(plan.seed, 4, index));
  const names = event.topics.filter((t) => plan.world.list[t].kind !== 'story').map((t) => plan.world.list[t].display);
  return renderEvent({
    day: event.day,
    title: event.title,
    body: bodyParagraphs(names, event.day, random),
    sources: sourceLinks(event.day, event.slug, random),
    related: pickRelated(plan, index, random),
  });
}
