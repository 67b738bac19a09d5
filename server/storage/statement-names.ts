/**
 * Names for the statements a process sends again and again, so that PostgreSQL parses each
 * once per connection and, after a few runs, may keep one plan for it: node-postgres prepares
 * a named statement on a connection's first use and from then on sends only its parameters.
 * A text is named on its second sighting, so statements built once (a list of a given
 * length, an administrator's one-off) never take a name. Prepared statements live as long
 * as their connection, so the names are capped: past the cap, new texts run unnamed.
 */
export class StatementNames {
  private readonly named = new Map<string, string>();
  private readonly seenOnce = new Set<string>();

  constructor(
    private readonly maxNames = 300,
    private readonly maxSeenOnce = 5_000,
  ) {}

  /** The name to send `sql` under, or undefined to send it unnamed this time. */
  nameOf(sql: string): string | undefined {
    const name = this.named.get(sql);
    if (name !== undefined) return name;
    if (this.named.size >= this.maxNames) return undefined;
    if (!this.seenOnce.has(sql)) {
      // Forgetting every first sighting now and then keeps one-off texts from piling up.
      if (this.seenOnce.size >= this.maxSeenOnce) this.seenOnce.clear();
      this.seenOnce.add(sql);
      return undefined;
    }
    this.seenOnce.delete(sql);
    const fresh = `desk_${this.named.size + 1}`;
    this.named.set(sql, fresh);
    return fresh;
  }
}
