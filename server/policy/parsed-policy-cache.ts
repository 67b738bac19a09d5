import { AuthorityDirectory, PolicyVersion } from '../../shared/policy';
import type { PolicyRecord } from '../../shared/policy-record';

/** A stored version's documents as they come from the database, not yet parsed. */
export interface PolicyDocuments {
  policy: unknown;
  authorityDirectory: unknown;
}

type ParsedPolicy = Pick<PolicyRecord, 'policy' | 'authorityDirectory'>;

/** A few versions are in use at a time: the one in force and those old cases were decided under. */
const CAPACITY = 16;

/**
 * Policy documents parsed once per content. Parsing a version (hundreds of kilobytes of
 * calendars, rules and authorities) costs far more than any case mutation that needs it, and
 * every judgement needs it. A version's content never changes once stored (the table is
 * append-only); the key is the database's own digest of that content, so a parsed copy is
 * only ever reused for byte-identical documents, whichever database or instance stored them.
 * The copies are frozen: whoever reads one cannot change it for the next reader.
 */
const parsed = new Map<string, ParsedPolicy>();

export async function parsedPolicyContent(
  digest: string,
  load: () => Promise<PolicyDocuments>,
): Promise<ParsedPolicy> {
  const known = parsed.get(digest);
  if (known) {
    // Most recently used last, so the least recently used is the one to go.
    parsed.delete(digest);
    parsed.set(digest, known);
    return known;
  }
  const documents = await load();
  const fresh = deepFreeze({
    policy: PolicyVersion.parse(documents.policy),
    authorityDirectory: AuthorityDirectory.parse(documents.authorityDirectory),
  });
  parsed.set(digest, fresh);
  if (parsed.size > CAPACITY) {
    const oldest = parsed.keys().next().value;
    if (oldest !== undefined) parsed.delete(oldest);
  }
  return fresh;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
