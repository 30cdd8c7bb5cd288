import type { TagEntry } from '../../../src/bundle/index.ts';

/** Tags as a manifest lists them, busiest first: several start with `ira`, one only contains it. */
export const SAMPLE_TAGS: TagEntry[] = Object.entries({
  'United States': 4740,
  Iran: 805,
  Iraq: 581,
  Syria: 300,
  'United Arab Emirates': 200,
  'Iraqi Civil War (2014-present)': 40,
  Ira: 1,
}).map(([name, count]) => ({ name, count, postings: 0, isStory: false }));
