import { randomUUID } from 'node:crypto';
import type { Order } from '../../shared/order';
import { CHECK_KEYS, CHECK_LABELS, type Review } from '../../shared/review';
import type { Queryable } from '../storage/database';
import { sha256Hex } from './build-package';
import type { LetterContent, LetterLine } from './letter-lines';
import { renderLetterPdf } from './render-letter-pdf';

const day = (iso: string | Date) => new Date(iso).toISOString().slice(0, 10);

/**
 * A refusal, with the reasons the checks gave. On the e-Evidence route it follows the
 * headings of the Regulation's form on the inability to comply with a European Production
 * Order (Regulation (EU) 2023/1543, Annex III). Declined targets are counted, never named.
 */
export function refusalLetterContent(facts: {
  order: Order;
  review: Review;
  dueAt: string;
  approverName: string;
  generatedAt: Date;
  /** Why the answer goes out after the deadline, when it does. */
  lateReason?: string | null;
}): LetterContent {
  const { order, review } = facts;
  const eEvidence = order.route === 'e_evidence';
  const failed = CHECK_KEYS.filter((k) => review.checks[k].result === 'fail');
  const reasons = new Map<string, number>();
  for (const d of review.decisions.filter((d) => d.verdict === 'decline')) {
    reasons.set(d.reason, (reasons.get(d.reason) ?? 0) + 1);
  }
  const lines: LetterLine[] = [
    { style: 'text', text: order.authority.name },
    { style: 'text', text: `Date: ${day(facts.generatedAt)}` },
    { style: 'text', text: `Your reference: ${order.reference}` },
    ...(order.caseNumber
      ? [{ style: 'text' as const, text: `Your case number: ${order.caseNumber}` }]
      : []),
    {
      style: 'text',
      text: `We received your order on ${day(order.receivedAt)} (${order.legalBasis}). The answer was due by ${day(facts.dueAt)}.`,
    },
    ...(facts.lateReason
      ? [
          {
            style: 'text' as const,
            text: `This answer is sent after that deadline, for this reason: ${facts.lateReason}`,
          },
        ]
      : []),
    {
      style: 'heading',
      text: eEvidence
        ? 'Section D: reasons why the order cannot be executed'
        : 'The order cannot be answered, for these reasons:',
    },
    ...failed.map((k) => ({
      style: 'item' as const,
      text: `${CHECK_LABELS[k].title}: ${review.checks[k].note || 'not met'}`,
    })),
    ...[...reasons].map(([reason, n]) => ({ style: 'item' as const, text: `${n} × ${reason}` })),
  ];
  if (eEvidence) {
    lines.push(
      { style: 'heading', text: 'Section E: data preserved' },
      { style: 'item', text: 'No data is produced. Preservation may be requested separately.' },
    );
  }
  lines.push({ style: 'text', text: `Legal team. Refusal approved by ${facts.approverName}.` });
  return {
    language: 'en',
    title: eEvidence
      ? `Information on the inability to execute a European Production Order (Annex III): ${order.reference}`
      : `Refusal of your order ${order.reference}`,
    lines,
  };
}

/** Writes the refusal letter on the case; returns its id and SHA-256 for the audit trail. */
export async function logRefusalLetter(
  tx: Queryable,
  caseId: string,
  facts: Parameters<typeof refusalLetterContent>[0],
  createdBy: string,
): Promise<{ id: string; sha256: string; language: string }> {
  const content = refusalLetterContent(facts);
  const pdf = await renderLetterPdf(content, facts.generatedAt);
  const letter = { id: randomUUID(), sha256: sha256Hex(pdf), language: content.language };
  await tx.query(
    `INSERT INTO case_letters (id, case_id, kind, language, created_at, created_by, content, sha256)
     VALUES ($1, $2, 'refusal', $3, $4, $5, $6, $7)`,
    [letter.id, caseId, content.language, facts.generatedAt, createdBy, pdf, letter.sha256],
  );
  return letter;
}
