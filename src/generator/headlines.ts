/**
 * Headlines in the Current Events Portal voice. Every country, organisation and person a
 * headline names is drawn through a Cast, which records them as the event's topics.
 */
import { Random } from './random.ts';
import type { Topics } from './topics.ts';
import { CITIES } from './cities.ts';
import { ROLES } from './organisations.ts';

export class Cast {
  readonly topics: number[] = [];
  private readonly random: Random;
  private readonly world: Topics;

  constructor(random: Random, world: Topics, preferredCountry: number | null) {
    this.random = random;
    this.world = world;
    if (preferredCountry !== null) this.topics.push(preferredCountry);
  }

  /** The i-th country of this event (drawn on first use). */
  country(i = 0): string {
    return this.world.list[this.nth('country', i)].display;
  }

  adjective(i = 0): string {
    const index = this.nth('country', i);
    return this.world.adjectives.get(index) ?? this.world.list[index].display;
  }

  org(i = 0): string {
    return this.world.list[this.nth('org', i)].display;
  }

  person(i = 0): string {
    return this.world.list[this.nth('person', i)].display;
  }

  private nth(kind: 'country' | 'org' | 'person', i: number): number {
    const mine = this.topics.filter((t) => this.world.list[t].kind === kind);
    while (mine.length <= i) {
      const pool = kind === 'country' ? this.world.countries : kind === 'org' ? this.world.orgs : this.world.people;
      const picker =
        kind === 'country' ? this.world.pickCountry : kind === 'org' ? this.world.pickOrg : this.world.pickPerson;
      const topic = pool[picker.index(this.random)];
      if (!mine.includes(topic)) {
        mine.push(topic);
        this.topics.push(topic);
      }
    }
    return mine[i];
  }
}

type Template = (c: Cast, r: Random) => string;

const city = (r: Random) => r.pick(CITIES);
const n = (r: Random, max: number) => r.int(2, max);

const TEMPLATES: Template[] = [
  (c, r) => `${c.person()}, the ${r.pick(ROLES)} of ${c.country()}, says that ${c.country()} will ${r.pick(ACTIONS)}.`,
  (c, r) =>
    `At least ${n(r, 90)} people are killed and ${n(r, 200)} others injured when ${r.pick(DISASTERS)} in ${city(r)}, ${c.country()}.`,
  (c, r) => `The ${c.org()} ${r.pick(ORG_ACTIONS)} ${c.country()} over ${r.pick(ISSUES)}.`,
  (c, r) =>
    `${c.country()} and ${c.country(1)} sign ${r.pick(AGREEMENTS)} in ${city(r)}, ending ${n(r, 30)} months of negotiations.`,
  (c, r) => `${c.country()}\u2019s parliament votes ${r.int(120, 300)} to ${r.int(10, 119)} to ${r.pick(MOTIONS)}.`,
  (c, r) => `Thousands of protesters gather in ${city(r)}, ${c.country()}, to demand ${r.pick(DEMANDS)}.`,
  (c) =>
    `${c.country()} says that ${c.country(1)}, ${c.country(2)} and ${c.country(3)} are assisting it in its fight with ${c.org()}.`,
  (c, r) => `${c.person()} is sworn in as ${r.pick(ROLES)} of ${c.country()} after ${r.pick(ELECTION_OUTCOMES)}.`,
  (c, r) => `A court in ${city(r)} sentences ${c.person()} to ${n(r, 25)} years in prison for ${r.pick(CRIMES)}.`,
  (c, r) =>
    `${c.org()} claims responsibility for ${r.pick(ATTACKS)} in ${city(r)}, ${c.country()}, that kills ${n(r, 60)} people.`,
  (c, r) => `The ${c.org()} releases its report "${r.pick(REPORTS)}", warning that ${r.pick(WARNINGS)}.`,
  (c, r) =>
    `The film "${r.pick(WORKS)}" wins the top prize at a festival in ${city(r)}; its director thanks ${c.country()}.`,
  (c, r) =>
    `The central bank of ${c.country()} raises its benchmark interest rate to ${r.int(1, 25)}.${r.int(0, 9)}% amid ${r.pick(ISSUES)}.`,
  (c, r) =>
    `A magnitude ${r.int(5, 8)}.${r.int(0, 9)} earthquake strikes near ${city(r)}, ${c.country()}, killing at least ${n(r, 400)} people.`,
  (c, r) => `${c.person()} resigns as ${r.pick(ROLES)} of ${c.country()} after ${r.pick(SCANDALS)}.`,
  (c, r) =>
    `Voters in ${c.country()} go to the polls; turnout is reported at ${r.int(30, 90)}% as ${c.person()} claims victory.`,
  (c, r) => `${c.country()} recalls its ambassador to ${c.country(1)} over ${r.pick(ISSUES)}.`,
  (c, r) =>
    `Talks between ${c.country()} and ${c.country(1)} in ${city(r)} end without agreement on ${r.pick(ISSUES)}.`,
  (c, r) =>
    `${c.adjective()} forces retake ${city(r)} from ${c.org()} after ${n(r, 120)} days of fighting, according to ${c.person()}.`,
  (c, r) => `${c.country()} announces a ${r.int(2, 900)} billion stimulus package to counter ${r.pick(ISSUES)}.`,
  (c, r) =>
    `${c.person()} and ${c.person(1)} meet in ${city(r)} to discuss ${r.pick(ISSUES)}, the first such meeting since ${r.int(1995, 2020)}.`,
  (c, r) => `The ${c.org()} suspends ${c.country()}\u2019s membership following ${r.pick(SCANDALS)}.`,
];

const ACTIONS = [
  'withdraw its troops from the border region',
  'hold early elections next spring',
  'expand cooperation on energy',
  'not recognise the results of the vote',
  'raise the minimum wage',
  'close its airspace to foreign aircraft',
  'resume peace talks',
  'boycott the summit',
  'release political prisoners',
  'join the regional trade bloc',
];
const DISASTERS = [
  'a car bomb explodes at a market',
  'a building collapses',
  'a train derails',
  'floodwaters sweep through a village',
  'a passenger ferry capsizes',
  'a fire breaks out at a factory',
  'an airstrike hits a hospital',
  'a landslide buries homes',
];
const ORG_ACTIONS = [
  'imposes sanctions on',
  'condemns',
  'sends observers to',
  'lifts restrictions on',
  'opens an investigation into',
];
const ISSUES = [
  'rising inflation',
  'the disputed border',
  'nuclear enrichment',
  'refugee flows',
  'water rights',
  'fishing quotas',
  'cyberattacks',
  'election interference',
  'human rights abuses',
  'oil prices',
  'the detention of journalists',
];
const AGREEMENTS = [
  'a ceasefire agreement',
  'a free trade agreement',
  'a memorandum of understanding',
  'a border treaty',
  'a gas supply deal',
];
const MOTIONS = [
  'impeach the president',
  'dissolve itself and call new elections',
  'approve the austerity budget',
  'legalise same-sex marriage',
  'extend the state of emergency',
  'ratify the accession treaty',
];
const DEMANDS = [
  'the resignation of the government',
  'fair elections',
  'lower fuel prices',
  'an end to corruption',
  'the release of detained activists',
];
const ELECTION_OUTCOMES = [
  'a narrow runoff victory',
  'a landslide win',
  'months of coalition talks',
  'a contested recount',
];
const CRIMES = ['corruption', 'treason', 'war crimes', 'money laundering', 'inciting violence', 'abuse of power'];
const ATTACKS = [
  'a suicide bombing at a mosque',
  'an attack on a police station',
  'a shooting at a hotel',
  'a rocket attack on an airport',
];
const REPORTS = [
  'Global Outlook: Risks Ahead',
  'State of the World: Children',
  'Hunger Hotspots: Early Warnings',
  'Emissions Gap: The Heat Is On',
  'Press Freedom Index: A Year of Crackdowns',
];
const WARNINGS = [
  'millions face famine within months',
  'the target of 1.5 degrees is slipping out of reach',
  'debt levels threaten the recovery',
  'displacement has reached a record high',
];
const WORKS = [
  'Star Trek: Voyager',
  'Mission: Impossible',
  'Borders: A Love Story',
  'Exile: The Long Road Home',
  'Rivers: A Requiem',
];
const SCANDALS = [
  'a bribery scandal',
  'leaked recordings',
  'a failed no-confidence vote',
  'mass protests',
  'a row over expenses',
];

/** A headline (pre-folding: may carry diacritics and curly apostrophes). */
export function headline(cast: Cast, random: Random): string {
  return random.pick(TEMPLATES)(cast, random);
}

const TAILS: Template[] = [
  (c, r) => ` Officials in ${r.pick(CITIES)} say the toll may rise, and ${c.country()} offers assistance.`,
  (c) => ` The ${c.org()} calls for restraint.`,
  (c, r) =>
    ` ${c.person()} describes the decision as "${r.pick(['historic', 'unacceptable', 'a first step', 'long overdue'])}".`,
];

/** A further sentence for headlines too short to make a 60-character title. */
export function headlineTail(cast: Cast, random: Random): string {
  return random.pick(TAILS)(cast, random);
}
