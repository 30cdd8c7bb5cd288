/**
 * The topics events are tagged with: countries, organisations, people and stories. Tag
 * names are ASCII (as upstream wrote them); `display` keeps the diacritics bodies use.
 */
import { Random, ZipfPicker } from './random.ts';
import { foldAscii } from './text.ts';
import { COUNTRIES } from './countries.ts';
import { FAMILY_NAMES, GIVEN_NAMES } from './names.ts';
import { ORGANISATIONS } from './organisations.ts';
import { buildStories, type Story } from './stories.ts';

export type TopicKind = 'country' | 'org' | 'person' | 'story';

export interface Topic {
  /** The tag as it appears in `_Context: ..._` and in titles. */
  name: string;
  /** The same name as bodies write it, and as the pre-folding title had it. */
  display: string;
  kind: TopicKind;
}

export interface Topics {
  list: Topic[];
  /** Topic indices per kind, most newsworthy first (the Zipf rank). */
  countries: number[];
  orgs: number[];
  people: number[];
  stories: Story[];
  /** Per story, the topic index of its country, or null. */
  storyCountries: Array<number | null>;
  /** Adjective per country topic index (`Iraqi`). */
  adjectives: Map<number, string>;
  pickCountry: ZipfPicker;
  pickOrg: ZipfPicker;
  pickPerson: ZipfPicker;
}

const PEOPLE = 2600;

export function buildTopics(random: Random): Topics {
  const list: Topic[] = [];
  const add = (display: string, kind: TopicKind): number => {
    list.push({ name: foldAscii(display), display, kind });
    return list.length - 1;
  };
  const adjectives = new Map<number, string>();
  const countries = COUNTRIES.map(([name, adjective]) => {
    const index = add(name, 'country');
    adjectives.set(index, adjective);
    return index;
  });
  const orgs = ORGANISATIONS.map((name) => add(name, 'org'));
  const people = peopleNames(random).map((name) => add(name, 'person'));
  const stories = buildStories(random, {
    countries: countries.map((i) => [list[i].display, adjectives.get(i) ?? list[i].display] as const),
    people: people.slice(0, 200).map((i) => list[i].display),
  });
  for (const story of stories) story.topic = add(story.display, 'story');
  const countryTopic = new Map(countries.map((i) => [list[i].display, i]));
  const storyCountries = stories.map((story) =>
    story.country === null ? null : (countryTopic.get(story.country) ?? null),
  );
  return {
    list,
    countries,
    orgs,
    people,
    stories,
    storyCountries,
    adjectives,
    pickCountry: new ZipfPicker(countries.length, 1.1),
    pickOrg: new ZipfPicker(orgs.length, 1),
    pickPerson: new ZipfPicker(people.length, 0.9),
  };
}

/** Given+family name pairs in a seed-dependent order, distinct once folded to ASCII. */
function peopleNames(random: Random): string[] {
  const byFolded = new Map<string, string>();
  for (const given of GIVEN_NAMES) {
    for (const family of FAMILY_NAMES) {
      const name = `${given} ${family}`;
      if (!byFolded.has(foldAscii(name))) byFolded.set(foldAscii(name), name);
    }
  }
  return random.shuffle([...byFolded.values()]).slice(0, PEOPLE);
}
