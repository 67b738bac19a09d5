import { randomUUID } from 'node:crypto';
import type { DeliveryChannel } from '../../shared/disclosure/delivery';
import type { LetterKind, SentLetter } from '../../shared/disclosure/letters';
import type { JsonValue } from '../audit/canonical-json';
import type { Queryable } from '../storage/database';
import { displayNameAt } from '../users/names-then';

export interface LetterSending {
  caseId: string;
  kind: LetterKind;
  language: string;
  recipient: string;
  channel: DeliveryChannel;
  sentAt: Date;
  sentBy: string;
  recordedAt: Date;
  sha256: string;
  letterId: string | null;
  lateReason: string | null;
}

/**
 * Logs a letter as sent, in the transaction of the step that sent it; the log is append-only.
 * Answers what the step's audit event records of it.
 */
export async function logLetterSent(
  tx: Queryable,
  s: LetterSending,
): Promise<{ [key: string]: JsonValue }> {
  const id = randomUUID();
  await tx.query(
    `INSERT INTO letters_sent (id, case_id, kind, language, recipient, channel, sent_at, sent_by,
                               recorded_at, sha256, letter_id, late_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      id,
      s.caseId,
      s.kind,
      s.language,
      s.recipient,
      s.channel,
      s.sentAt,
      s.sentBy,
      s.recordedAt,
      s.sha256,
      s.letterId,
      s.lateReason,
    ],
  );
  return {
    id,
    kind: s.kind,
    language: s.language,
    recipient: s.recipient,
    channel: s.channel,
    sentAt: s.sentAt.toISOString(),
    sha256: s.sha256,
    lateReason: s.lateReason,
  };
}

/** Every letter sent on the case, oldest first. */
export async function lettersSent(tx: Queryable, caseId: string): Promise<SentLetter[]> {
  const rows = await tx.query<{
    id: string;
    kind: SentLetter['kind'];
    language: string;
    recipient: string;
    channel: DeliveryChannel;
    sent_at: Date;
    sent_by_name: string;
    recorded_at: Date;
    sha256: string;
    letter_id: string | null;
    late_reason: string | null;
  }>(
    `SELECT l.id, l.kind, l.language, l.recipient, l.channel, l.sent_at,
            ${displayNameAt('u', 'l.recorded_at')} AS sent_by_name, l.recorded_at, l.sha256,
            l.letter_id, l.late_reason
       FROM letters_sent l JOIN users u ON u.id = l.sent_by
      WHERE l.case_id = $1 ORDER BY l.sent_at, l.recorded_at, l.id`,
    [caseId],
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    language: r.language,
    recipient: r.recipient,
    channel: r.channel,
    sentAt: r.sent_at.toISOString(),
    sentByName: r.sent_by_name,
    recordedAt: r.recorded_at.toISOString(),
    sha256: r.sha256,
    letterId: r.letter_id,
    lateReason: r.late_reason,
  }));
}
