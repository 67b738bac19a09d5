import type { DeliveryChannel } from '../../shared/disclosure/delivery';
import type { DisclosureProgress, LookupCounts } from '../../shared/disclosure/subscriber-data';
import type { Queryable } from '../storage/database';
import { displayNameAt } from '../users/names-then';

/**
 * Where an approved case stands: counts of what was found, the package's hashes and the
 * delivery. The values themselves are not read here: this goes to every case reader and
 * into workstation mirrors.
 */
export async function disclosureProgress(
  tx: Queryable,
  caseId: string,
): Promise<DisclosureProgress | null> {
  const [lookup] = await tx.query<{
    looked_up_at: Date;
    looked_up_by_name: string;
    counts: LookupCounts;
    created_at: Date;
    language: string;
    manifest_sha256: string;
    letter_sha256: string;
  }>(
    `SELECT l.looked_up_at, ${displayNameAt('u', 'l.looked_up_at')} AS looked_up_by_name, l.counts,
            p.created_at, p.language, p.manifest_sha256, p.letter_sha256
       FROM subscriber_lookups l
       JOIN users u ON u.id = l.looked_up_by
       JOIN disclosure_packages p ON p.case_id = l.case_id
      WHERE l.case_id = $1`,
    [caseId],
  );
  const [delivery] = await tx.query<{
    kind: 'disclosure' | 'refusal';
    channel: DeliveryChannel;
    delivered_at: Date;
    recipient: string;
    sent_by_name: string;
    recorded_at: Date;
  }>(
    `SELECT d.kind, d.channel, d.delivered_at, d.recipient,
            ${displayNameAt('u', 'd.recorded_at')} AS sent_by_name, d.recorded_at
       FROM case_deliveries d JOIN users u ON u.id = d.sent_by
      WHERE d.case_id = $1`,
    [caseId],
  );
  const letters = await tx.query<{
    id: string;
    kind: 'refusal';
    language: string;
    created_at: Date;
    created_by_name: string;
    sha256: string;
  }>(
    `SELECT l.id, l.kind, l.language, l.created_at,
            ${displayNameAt('u', 'l.created_at')} AS created_by_name, l.sha256
       FROM case_letters l JOIN users u ON u.id = l.created_by
      WHERE l.case_id = $1 AND l.kind = 'refusal' ORDER BY l.created_at, l.id`,
    [caseId],
  );
  if (!lookup && !delivery && letters.length === 0) return null;
  return {
    lookedUpAt: lookup ? lookup.looked_up_at.toISOString() : null,
    lookedUpByName: lookup ? lookup.looked_up_by_name : null,
    counts: lookup ? lookup.counts : null,
    package: lookup
      ? {
          createdAt: lookup.created_at.toISOString(),
          language: lookup.language,
          manifestSha256: lookup.manifest_sha256,
          letterSha256: lookup.letter_sha256,
        }
      : null,
    delivery: delivery
      ? {
          kind: delivery.kind,
          channel: delivery.channel,
          deliveredAt: delivery.delivered_at.toISOString(),
          recipient: delivery.recipient,
          sentByName: delivery.sent_by_name,
          recordedAt: delivery.recorded_at.toISOString(),
        }
      : null,
    letters: letters.map((l) => ({
      id: l.id,
      kind: l.kind,
      language: l.language,
      createdAt: l.created_at.toISOString(),
      createdByName: l.created_by_name,
      sha256: l.sha256,
    })),
  };
}
