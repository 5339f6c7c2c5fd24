// Hands out ids for converted entities: the slug when it is free, else `<slug>-2`, `-3`…, or
// `<kind>-N` for names without usable characters. One instance per conversion: no shared state.

export class UniqueIds {
  private readonly used = new Set<string>();
  private readonly derived: ReadonlySet<string>;
  private readonly seen = new Set<string>();
  private count = 0;

  /** `derived`: the slugs the loader would derive for every entity of this kind (so none is taken). */
  constructor(
    private readonly kind: string,
    derived: readonly string[] = [],
  ) {
    this.derived = new Set(derived.filter((d) => d !== ''));
  }

  /** An id for the next entity with this slug; always a valid, unused id. */
  take(slug: string): string {
    this.count++;
    const base = slug === '' ? `${this.kind}-${this.count}` : slug;
    let id = base;
    for (let n = 2; this.used.has(id) || (id !== slug && this.derived.has(id)); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }

  /**
   * The id to write for the next entity with this slug, or undefined when the loader derives the
   * same one anyway (the first entity with a non-empty slug).
   */
  explicit(slug: string): string | undefined {
    if (slug !== '' && !this.seen.has(slug)) {
      this.seen.add(slug);
      this.count++;
      this.used.add(slug);
      return undefined;
    }
    return this.take(slug);
  }
}
