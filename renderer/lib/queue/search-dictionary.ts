import type { CaseSummary } from '../../../shared/case-record';

/**
 * Every distinct term the queue's cases can be found by, in one string (a term a line), and
 * each case's terms as numbers into it.
 *
 * Cases share most of their terms: an authority's name and its words, the offences, the
 * countries. On the 250,000-case demo desk the cases hold 6.5 million terms between them but
 * only 530,000 distinct ones, 8.7 million characters against 68 million for every case's text
 * joined. A search word is looked for once in the distinct terms; the cases holding a term
 * that contains it are then read from the term's list of cases, never by reading the cases.
 *
 * Kept for as long as the queue keeps its cases, across every index built from them: a case
 * whose row did not change keeps its numbers, and its place in the lists of rows by term made
 * for an earlier index. Terms are only added; a term no case holds any more stays and matches
 * nothing.
 */
export class SearchDictionary {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly rowTerms = new WeakMap<CaseSummary, number[]>();
  /** Where each term starts in the text. */
  private starts = new Int32Array(1024);
  private count = 0;
  private length = 0;
  private written = '';
  private unwritten: string[] = [];

  get termCount(): number {
    return this.count;
  }

  /** The numbers of a case's terms, each once; read from the case the first time. */
  termsOf(row: CaseSummary): readonly number[] {
    let terms = this.rowTerms.get(row);
    if (terms === undefined) {
      terms = [];
      this.add(terms, row.reference);
      this.add(terms, row.authorityName);
      const more = row.searchTerms;
      if (more) for (let i = 0; i < more.length; i++) this.add(terms, more[i]!);
      this.rowTerms.set(row, terms);
    }
    return terms;
  }

  private add(terms: number[], term: string): void {
    const id = this.idOf(term.toLowerCase());
    if (!terms.includes(id)) terms.push(id);
  }

  /** The term of a number. */
  term(id: number): string {
    return this.terms[id] ?? '';
  }

  /** The numbers of the terms that contain a word, ascending. */
  matching(word: string): number[] {
    const text = this.text();
    const found: number[] = [];
    let from = 0;
    for (;;) {
      const at = text.indexOf(word, from);
      if (at === -1) break;
      const id = this.termAt(at);
      found.push(id);
      // A word never holds a line break, so the next match is in a later term.
      from = id + 1 < this.count ? this.starts[id + 1]! : this.length;
    }
    return found;
  }

  private idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.count;
      this.count += 1;
      this.ids.set(term, id);
      this.terms.push(term);
      if (id >= this.starts.length) {
        const grown = new Int32Array(this.starts.length * 2);
        grown.set(this.starts);
        this.starts = grown;
      }
      this.starts[id] = this.length;
      this.length += term.length + 1;
      this.unwritten.push(term);
    }
    return id;
  }

  /**
   * Joins the terms added since the last search into the text, ahead of it: on a large desk
   * the join and the copy the first look into the joined text makes take tens of milliseconds.
   */
  prepare(): void {
    this.text().indexOf('\u0000');
  }

  private text(): string {
    if (this.unwritten.length > 0) {
      this.written += `${this.unwritten.join('\n')}\n`;
      this.unwritten = [];
    }
    return this.written;
  }

  /** The term at a position of the text: the last one starting at or before it. */
  private termAt(position: number): number {
    let low = 0;
    let high = this.count - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.starts[mid]! <= position) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

/**
 * For each term, the rows holding it, by their slot: their position in the rows the lists were
 * made from, ascending.
 */
export interface TermPostings {
  /** Terms past this number were added after the lists were made; no row here holds them. */
  termCount: number;
  /** Term t's rows are `rows[starts[t]]` up to `rows[starts[t + 1]]`. */
  starts: Int32Array;
  rows: Int32Array;
  /** The rows listed, each at its slot. */
  madeFrom: readonly CaseSummary[];
  /** The slot of each row listed: a later set of mostly the same rows finds its rows here. */
  slotOf: ReadonlyMap<CaseSummary, number>;
}

/** How many rows a step of listing goes through between looks at the clock. */
const ROWS_PER_LOOK = 512;

/**
 * Lists, term by term, the rows of one index holding it, in steps a caller can spread over
 * idle moments: on a desk of 100,000 cases the lists hold millions of entries, and made in one
 * go they would hold the window for longer than a keystroke may wait.
 *
 * First it reads the terms of rows not read before and numbers the rows, then counts each
 * term's rows, then writes the lists. A term added to the dictionary after the counting began
 * belongs to no row here.
 */
export class TermPostingsBuilder {
  private phase: 'read' | 'count' | 'write' | 'done' = 'read';
  private next = 0;
  private termCount = 0;
  private starts = new Int32Array(0);
  private ends = new Int32Array(0);
  private listed = new Int32Array(0);
  private total = 0;
  private readonly slotOf = new Map<CaseSummary, number>();

  constructor(
    private readonly dictionary: SearchDictionary,
    private readonly rows: readonly CaseSummary[],
    private readonly rowsPerLook = ROWS_PER_LOOK,
  ) {}

  /**
   * Goes on until the lists are made, or until `timeLeft` (milliseconds) runs out; returns the
   * lists once made, otherwise nothing, and a later call goes on where this one stopped.
   */
  build(timeLeft: () => number = () => Infinity): TermPostings | undefined {
    const { dictionary, rows } = this;
    for (;;) {
      if (this.phase === 'done') {
        return {
          termCount: this.termCount,
          starts: this.starts,
          rows: this.listed,
          madeFrom: rows,
          slotOf: this.slotOf,
        };
      }
      if (this.next === rows.length) {
        this.endPhase();
        continue;
      }
      const until = Math.min(rows.length, this.next + this.rowsPerLook);
      if (this.phase === 'read') {
        for (let i = this.next; i < until; i++) {
          dictionary.termsOf(rows[i]!);
          this.slotOf.set(rows[i]!, i);
        }
      } else if (this.phase === 'count') {
        const counts = this.starts;
        for (let i = this.next; i < until; i++) {
          const terms = dictionary.termsOf(rows[i]!);
          this.total += terms.length;
          for (let j = 0; j < terms.length; j++) counts[terms[j]! + 1]! += 1;
        }
      } else {
        const { ends, listed } = this;
        for (let i = this.next; i < until; i++) {
          const terms = dictionary.termsOf(rows[i]!);
          for (let j = 0; j < terms.length; j++) listed[ends[terms[j]!]!++] = i;
        }
      }
      this.next = until;
      // Reading or listing a few hundred rows takes well under a millisecond.
      if (this.next < rows.length && timeLeft() <= 0) return undefined;
    }
  }

  private endPhase(): void {
    this.next = 0;
    if (this.phase === 'read') {
      // Every row's terms are read now: the terms they hold are the ones counted from here.
      this.termCount = this.dictionary.termCount;
      this.starts = new Int32Array(this.termCount + 1);
      this.phase = 'count';
    } else if (this.phase === 'count') {
      const { starts, termCount } = this;
      for (let t = 0; t < termCount; t++) starts[t + 1]! += starts[t]!;
      // Where the next row of each term is written; each ends at the start of the next term.
      this.ends = starts.slice(0, termCount);
      this.listed = new Int32Array(this.total);
      this.phase = 'write';
    } else {
      this.ends = new Int32Array(0);
      this.phase = 'done';
    }
  }
}
