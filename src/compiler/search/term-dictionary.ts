/** Terms as small numbers, so the index is built from typed arrays rather than string lookups. */
export class TermDictionary {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];

  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) this.ids.set(term, (id = this.names.push(term) - 1));
    return id;
  }

  get size(): number {
    return this.names.length;
  }
}
