/**
 * Stories: the ongoing topics a title can start with (`Syrian Civil War: ...`). Each is active
 * for a span of years; some have child stories (`Battle of Aleppo (2012-present)`), giving
 * titles nested two deep. A few names carry a comma (`Greek legislative election, May 2012`).
 */
import { Random } from './random.ts';
import { foldAscii } from './text.ts';
import { CITIES } from './cities.ts';
import { MONTH_NAMES } from './dates.ts';

export interface Story {
  /** The tag name: ASCII, with `-` where the original had an en dash. */
  name: string;
  /** As the pre-folding title wrote it (en dashes, diacritics). */
  display: string;
  parent: number | null;
  children: number[];
  /** The country the story is about, if one: its events mostly name it. */
  country: string | null;
  firstYear: number;
  lastYear: number;
  /** Index into the topic list; set once stories join the topics. */
  topic: number;
}

interface StoryInputs {
  /** [name, adjective] */
  countries: ReadonlyArray<readonly [string, string]>;
  people: readonly string[];
}

export const FIRST_YEAR = 1995;
export const LAST_YEAR = 2025;
const TOP_LEVEL = 200;

type Spec = { display: string; first: number; last: number; battles?: boolean; regional?: boolean; country?: string };

const GLOBAL: Spec[] = [
  { display: 'Syrian Civil War', first: 2011, last: 2025, battles: true },
  { display: 'Israeli–Palestinian conflict', first: 1995, last: 2025 },
  { display: 'COVID-19 pandemic', first: 2019, last: 2023, regional: true },
  { display: 'Russian invasion of Ukraine', first: 2022, last: 2025, battles: true },
  { display: 'Iraqi Civil War (2014–2017)', first: 2014, last: 2017, battles: true },
  { display: 'War on terror', first: 2001, last: 2021 },
  { display: 'European migrant crisis', first: 2015, last: 2017, regional: true },
  { display: 'Brexit', first: 2016, last: 2020 },
  { display: 'Arab Spring', first: 2010, last: 2012, regional: true },
  { display: 'Great Recession', first: 2007, last: 2010, regional: true },
  { display: 'Climate change', first: 1995, last: 2025 },
  { display: 'Kosovo War', first: 1998, last: 1999, battles: true },
  { display: 'Global surveillance disclosures (2013–present)', first: 2013, last: 2025 },
];

function range(first: number, last: number): string {
  return last >= LAST_YEAR ? `${first}–present` : first === last ? `${first}` : `${first}–${last}`;
}

function topLevelSpec(random: Random, inputs: StoryInputs): Spec {
  const [country, adjective] =
    inputs.countries[Math.min(random.int(0, 60), random.int(0, inputs.countries.length - 1))];
  return { ...storySpec(random, inputs, country, adjective), country };
}

function storySpec(random: Random, inputs: StoryInputs, country: string, adjective: string): Spec {
  const year = random.int(FIRST_YEAR, LAST_YEAR - 1);
  const city = random.pick(CITIES);
  const long = Math.min(LAST_YEAR, year + random.int(2, 10));
  switch (random.int(0, 10)) {
    case 0:
      return { display: `${adjective} Civil War (${range(year, long)})`, first: year, last: long, battles: true };
    case 1:
      return { display: `War in ${country} (${range(year, long)})`, first: year, last: long, battles: true };
    case 2:
      return { display: `${year} ${adjective} protests`, first: year, last: Math.min(LAST_YEAR, year + 1) };
    case 3: {
      const kind = random.pick(['general', 'presidential', 'legislative', 'parliamentary']);
      return { display: `${adjective} ${kind} election, ${random.pick(MONTH_NAMES)} ${year}`, first: year, last: year };
    }
    case 4:
      return { display: `${year} ${adjective} constitutional referendum`, first: year, last: year };
    case 5:
      return { display: `${year} ${city} earthquake`, first: year, last: Math.min(LAST_YEAR, year + 1) };
    case 6:
      return { display: `${year} ${city} bombings`, first: year, last: year };
    case 7: {
      const end = Math.min(LAST_YEAR, year + random.int(3, 9));
      return { display: `Presidency of ${random.pick(inputs.people)}`, first: year, last: end };
    }
    case 8: {
      const kind = random.pick(['debt', 'political', 'constitutional', 'energy', 'refugee', 'banking']);
      return {
        display: `${year} ${adjective} ${kind} crisis`,
        first: year,
        last: Math.min(LAST_YEAR, year + random.int(1, 4)),
      };
    }
    case 9:
      return { display: `${year} ${country} floods`, first: year, last: year };
    default:
      return { display: `${year} ${adjective} coup d'etat attempt`, first: year, last: year };
  }
}

function childSpecs(random: Random, parent: Spec, inputs: StoryInputs): Spec[] {
  const specs: Spec[] = [];
  const count = parent.battles || parent.regional ? random.int(2, 5) : 0;
  for (let i = 0; i < count; i++) {
    const first = random.int(parent.first, parent.last);
    const last = Math.min(parent.last, first + random.int(0, 3));
    const city = random.pick(CITIES);
    const country = parent.regional ? random.pick(inputs.countries)[0] : parent.country;
    const display = parent.regional
      ? `${parent.display} in ${country}`
      : random.chance(0.5)
        ? `Battle of ${city} (${range(first, last)})`
        : random.chance(0.5)
          ? `Siege of ${city}`
          : `${city} offensive (${range(first, last)})`;
    specs.push({ display, first, last, country });
  }
  return specs;
}

export function buildStories(random: Random, inputs: StoryInputs): Story[] {
  const stories: Story[] = [];
  const seen = new Set<string>();
  const add = (spec: Spec, parent: number | null): number | null => {
    const name = foldAscii(spec.display);
    if (seen.has(name)) return null;
    seen.add(name);
    stories.push({
      name,
      display: spec.display,
      parent,
      children: [],
      country: spec.country ?? null,
      firstYear: spec.first,
      lastYear: spec.last,
      topic: -1,
    });
    return stories.length - 1;
  };
  const tops: Spec[] = [...GLOBAL];
  for (let guard = 0; tops.length < TOP_LEVEL && guard < TOP_LEVEL * 20; guard++) {
    const spec = topLevelSpec(random, inputs);
    if (!tops.some((t) => t.display === spec.display)) tops.push(spec);
  }
  for (const spec of tops) {
    const index = add(spec, null);
    if (index === null) continue;
    for (const child of childSpecs(random, spec, inputs)) {
      const childIndex = add(child, index);
      if (childIndex !== null) stories[index].children.push(childIndex);
    }
  }
  return stories;
}
