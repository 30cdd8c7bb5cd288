/** Ordinal lists grouped into files of about the same size. Pure. */

/** Lists are grouped until a file holds about this many ordinals; bigger lists go alone. */
export const POSTINGS_PER_FILE = 20_000;

export interface PostingsGroup {
  /** The list ids (indices into `lists`) this file holds. */
  ids: number[];
  /** Id -> its ordinals, delta-encoded. */
  lists: Record<string, number[]>;
}

/** `lists[id]` are ascending ordinals; groups come in id order. */
export function* postingsGroups(lists: readonly number[][]): Generator<PostingsGroup> {
  let ids: number[] = [];
  let size = 0;
  const flush = (): PostingsGroup => {
    const group = { ids, lists: Object.fromEntries(ids.map((id) => [String(id), deltaEncode(lists[id])])) };
    ids = [];
    size = 0;
    return group;
  };
  for (let id = 0; id < lists.length; id++) {
    if (size > 0 && size + lists[id].length > POSTINGS_PER_FILE) yield flush();
    ids.push(id);
    size += lists[id].length;
  }
  if (ids.length > 0) yield flush();
}

export function deltaEncode(sorted: readonly number[]): number[] {
  return sorted.map((value, i) => (i === 0 ? value : value - sorted[i - 1]));
}
