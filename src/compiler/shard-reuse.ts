/**
 * Index shards in a build session (the dev server): a shard whose events are the same linked
 * objects as in the last build (relink.ts replaces only the events a change reaches), with the
 * same display titles, day files, tag and story tables and respelled titles, has the same bytes,
 * so its file is kept rather than serialised and hashed again (51 MB of JSON at 150,000 events).
 */
import type { OutFile } from './hashed-file.ts';
import type { LinkedEvent } from './link.ts';
import type { Tables } from './tables.ts';

interface KeptShard {
  events: readonly LinkedEvent[];
  titles: readonly string[];
  dayFiles: readonly string[];
  path: string;
}

/** What a session keeps of its last build's shards. */
export interface ShardMemory {
  tagNames: readonly string[];
  storyNames: readonly string[];
  respelled: ReadonlyMap<string, string>;
  shards: ReadonlyMap<string, KeptShard>;
  /** Each event's sorted tag ids under that tag table. */
  tagIds: WeakMap<LinkedEvent, number[]>;
}

export class ShardReuse {
  /** This build's shards, to remember once the bundle is written. */
  readonly next = new Map<string, KeptShard>();
  private usable = false;
  private tables?: Tables;
  private respelled?: ReadonlyMap<string, string>;
  private tagIds = new WeakMap<LinkedEvent, number[]>();

  /** `isPlaced` says whether a file is in the output folder. */
  constructor(
    private readonly last: ShardMemory | undefined,
    private readonly isPlaced: (path: string) => boolean,
  ) {}

  /** Called once per build, with the tables and the respelled titles by event id. */
  start(tables: Tables, respelled: ReadonlyMap<string, string>): void {
    this.tables = tables;
    this.respelled = respelled;
    const { last } = this;
    const sameTags = last !== undefined && sameList(last.tagNames, tables.tagNames);
    if (sameTags) this.tagIds = last.tagIds;
    this.usable =
      sameTags &&
      sameList(
        last.storyNames,
        tables.stories.map((story) => story.name),
      ) &&
      sameList([...last.respelled], [...respelled], (a, b) => a[0] === b[0] && a[1] === b[1]);
  }

  /** The kept file of shard `key`, if its content is what it was and the file still there. */
  kept(key: string, events: readonly LinkedEvent[], titles: readonly string[], dayFiles: string[]): OutFile | null {
    const shard = this.usable ? this.last!.shards.get(key) : undefined;
    const same =
      shard !== undefined &&
      sameList(shard.events, events) &&
      sameList(shard.titles, titles) &&
      sameList(shard.dayFiles, dayFiles) &&
      this.isPlaced(shard.path);
    if (!same) return null;
    this.next.set(key, shard);
    return { path: shard.path, content: null };
  }

  remember(key: string, events: readonly LinkedEvent[], titles: readonly string[], dayFiles: string[], path: string) {
    this.next.set(key, { events, titles, dayFiles, path });
  }

  memory(): ShardMemory {
    const tables = this.tables!;
    return {
      tagNames: tables.tagNames,
      storyNames: tables.stories.map((story) => story.name),
      respelled: this.respelled!,
      shards: this.next,
      tagIds: this.tagIds,
    };
  }

  /** An event's tag ids, sorted; kept per linked event while the tag table stays. */
  tagIdsOf(event: LinkedEvent, compute: (event: LinkedEvent) => number[]): number[] {
    let ids = this.tagIds.get(event);
    if (!ids) this.tagIds.set(event, (ids = compute(event)));
    return ids;
  }
}

function sameList<T>(a: readonly T[], b: readonly T[], same = (x: T, y: T) => x === y): boolean {
  return a.length === b.length && a.every((item, i) => same(item, b[i]));
}
