/**
 * Related entries: about ten per event, each naming the topics the two events share. Most
 * point at other generated events; some at events outside the corpus, as in partial exports.
 */
import type { DayNumber } from '../bundle/index.ts';
import type { CorpusPlan } from './plan.ts';
import { Random } from './random.ts';

export interface RelatedLink {
  day: DayNumber;
  slug: string;
  title: string;
  contexts: string[];
}

const OUTSIDE_SHARE = 0.2;
const MAX_CONTEXTS = 4;

export function relatedCount(random: Random): number {
  if (random.chance(0.03)) return 0;
  return random.chance(0.85) ? 10 : random.int(3, 9);
}

export function pickRelated(plan: CorpusPlan, index: number, random: Random): RelatedLink[] {
  const event = plan.events[index];
  const names = plan.world.list;
  const wanted = relatedCount(random);
  const links: RelatedLink[] = [];
  const used = new Set<number>([index]);
  for (let attempt = 0; links.length < wanted && attempt < wanted * 3; attempt++) {
    const topic = event.topics.length > 0 ? random.pick(event.topics) : -1;
    const first = topic >= 0 ? plan.topicOffsets[topic] : 0;
    const size = topic >= 0 ? plan.topicOffsets[topic + 1] - first : 0;
    if (random.chance(OUTSIDE_SHARE) || size < 2) {
      links.push(outsideLink(plan, event.topics, random));
      continue;
    }
    const other = plan.eventsByTopic[first + random.int(0, size - 1)];
    if (used.has(other)) continue;
    used.add(other);
    const target = plan.events[other];
    const shared = target.topics.filter((t) => event.topics.includes(t)).map((t) => names[t].name);
    links.push({ day: target.day, slug: target.slug, title: target.title, contexts: sortedContexts(shared, random) });
  }
  // Upstream lists related events newest first.
  return links.sort((a, b) => b.day - a.day);
}

function outsideLink(plan: CorpusPlan, topics: number[], random: Random): RelatedLink {
  const target = random.pick(plan.outside);
  const shared = target.topics.filter((t) => topics.includes(t));
  const picked = shared.length > 0 ? shared : topics.length > 0 ? [random.pick(topics)] : [];
  const contexts = picked.map((t) => plan.world.list[t].name);
  return { day: target.day, slug: target.slug, title: target.title, contexts: sortedContexts(contexts, random) };
}

function sortedContexts(names: string[], random: Random): string[] {
  const chosen = names.length > MAX_CONTEXTS ? random.shuffle([...names]).slice(0, MAX_CONTEXTS) : names;
  // Code-point order, as upstream sorts them (`ISIL, Iraq, Syria`).
  return chosen.sort();
}
