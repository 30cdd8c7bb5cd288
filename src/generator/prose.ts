/** Event bodies and source lists: Unicode text, emphasis, links, and realistic URLs. */
import type { DayNumber } from '../bundle/index.ts';
import { isoDay } from './render.ts';
import { Random } from './random.ts';
import { CITIES } from './cities.ts';
import { weekdayOf } from './dates.ts';
import { OUTLETS } from './organisations.ts';

export interface SourceLink {
  outlet: string;
  url: string;
}

const NATIVE_CITY_NAMES = [
  'Київ (Kyiv)',
  'Москва (Moscow)',
  '北京 (Beijing)',
  'القاهرة (Cairo)',
  'Αθήνα (Athens)',
  '서울 (Seoul)',
  'תל אביב (Tel Aviv)',
  'दिल्ली (Delhi)',
];
const MOODS = [
  'remains tense',
  'is under control',
  'could deteriorate quickly',
  'is unprecedented',
  'will not be tolerated',
];

type Sentence = (names: string[], r: Random, weekday: string) => string;

const SENTENCES: Sentence[] = [
  (n, r, w) =>
    `${r.pick(n)} said on ${w} that the situation \u201c${r.pick(MOODS)}\u201d, according to officials in ${r.pick(CITIES)}.`,
  (n, r) =>
    `The announcement follows weeks of talks \u2014 a process one diplomat called *\u201cpainfully slow\u201d* \u2014 involving ${r.pick(n)}.`,
  (_, r) => `Losses are estimated at \u20ac${r.int(1, 90)}.${r.int(0, 9)} billion (about $${r.int(1, 99)} billion).`,
  (_, r) =>
    `Temperatures fell to \u2212${r.int(2, 30)}\u00a0\u00b0C overnight, complicating relief efforts in ${r.pick(CITIES)}.`,
  (_, r) =>
    `Local media, including [${r.pick(OUTLETS)[0]}](https://example.org/local/${r.int(1000, 99999)}), reported ${r.int(2, 400)} arrests.`,
  (_, r) => `In ${r.pick(NATIVE_CITY_NAMES)}, crowds gathered outside the ministry before dawn.`,
  (_, r) =>
    `The full statement is available on the [ministry\u2019s website](https://example.org/statements/${r.int(1995, 2025)}/${r.int(1, 400)}).`,
  (n, r) => `*${r.pick(n)}* has denied the allegations, calling them \u201cfabricated\u201d.`,
  (n, r) =>
    `Analysts in ${r.pick(CITIES)} say the move strengthens ${r.pick(n)}\u2019s position ahead of next year\u2019s vote.`,
  (_, r) => `Around ${r.int(2, 90)},${r.int(100, 999)} people have been displaced, the UN\u2019s refugee agency said.`,
  (n, r) => `\u201cWe will not step back,\u201d ${r.pick(n)} told reporters in ${r.pick(CITIES)}.`,
];

/** Paragraphs of an event body; occasionally none, as in real files. */
export function bodyParagraphs(names: string[], day: DayNumber, random: Random): string[] {
  if (random.chance(0.03)) return [];
  const people = names.length > 0 ? names : ['The government'];
  const weekday = weekdayOf(day);
  const paragraphs: string[] = [];
  const count = random.chance(0.6) ? 1 : random.int(2, 3);
  for (let p = 0; p < count; p++) {
    const sentences: string[] = [];
    for (let s = random.int(1, 3); s > 0; s--) sentences.push(random.pick(SENTENCES)(people, random, weekday));
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs;
}

export function sourceLinks(day: DayNumber, slug: string, random: Random): SourceLink[] {
  const count = random.chance(0.7) ? 1 : random.chance(0.75) ? 2 : 3;
  const links: SourceLink[] = [];
  for (let i = 0; i < count; i++) {
    const [outlet, base] = random.pick(OUTLETS);
    links.push({ outlet, url: sourceUrl(base, day, slug, random) });
  }
  return links;
}

function sourceUrl(base: string, day: DayNumber, slug: string, random: Random): string {
  const iso = isoDay(day);
  const [y, m, d] = iso.split('-');
  const words = slug.split('-').slice(0, random.int(3, 8)).join('-');
  const root = random.chance(0.15) ? base.replace('https://', 'http://') : base;
  switch (random.int(0, 5)) {
    case 0:
      return `${root}/article/${y}/${m}/${d}/us-${words}-idUSKCN${random.int(10000, 99999)}${y}${m}${d}`;
    case 1:
      return `${root}/wiki/${words.replaceAll('-', '_')}_(${y})`;
    case 2:
      return `${root}/news/world?id=${random.int(100000, 999999)}&ref=rss&utm_source=feed`;
    case 3:
      return `${root}/nachrichten/ausland/\u00fcber-${words}-${random.int(100, 999)}.html`;
    default:
      return `${root}/${y}/${m}/${d}/${words}`;
  }
}
