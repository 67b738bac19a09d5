import type { DisclosureRecord } from '../../shared/case-record';
import type { TargetAnswer } from '../../shared/disclosure/subscriber-data';
import type { Order } from '../../shared/order';
import type { Review } from '../../shared/review';
import { letterTemplateFor } from './letter-templates';

/** A line of the letter: a heading, a paragraph, or an indented item. */
export interface LetterLine {
  style: 'title' | 'heading' | 'text' | 'item';
  text: string;
}

export interface LetterContent {
  language: string;
  title: string;
  lines: LetterLine[];
}

export interface LetterFacts {
  order: Order;
  review: Review;
  record: DisclosureRecord;
  answers: readonly TargetAnswer[];
  policyVersion: string | null;
  generatedAt: Date;
}

const day = (iso: string | Date) => new Date(iso).toISOString().slice(0, 10);

/** The head of every letter to the authority: addressee, date, its reference and case number. */
export function letterHead(
  order: Order,
  t: { date: string; yourReference: string; caseNumber: string },
  generatedAt: Date,
): LetterLine[] {
  return [
    { style: 'text', text: order.authority.name },
    { style: 'text', text: `${t.date}: ${day(generatedAt)}` },
    { style: 'text', text: `${t.yourReference}: ${order.reference}` },
    ...(order.caseNumber
      ? [{ style: 'text' as const, text: `${t.caseNumber}: ${order.caseNumber}` }]
      : []),
  ];
}

/**
 * What the response letter says, in the authority's language. Targets of the approval are
 * named with what was found for them; declined requests are given with their reasons, but a
 * target that was declined as a whole is never named, only counted, so that nothing in the
 * package points at a person the approval did not cover.
 */
export function letterContent(facts: LetterFacts): LetterContent {
  const { order, review, record, answers } = facts;
  const t = letterTemplateFor(order.authority.country);
  const lines: LetterLine[] = [
    ...letterHead(order, t, facts.generatedAt),
    { style: 'text', text: t.opening(day(order.receivedAt), order.legalBasis) },
    { style: 'heading', text: t.disclosed(facts.policyVersion ?? '—') },
  ];
  for (const answer of answers) {
    lines.push({ style: 'heading', text: displayTarget(answer.target) });
    if (answer.result !== 'found') {
      lines.push({ style: 'item', text: t.results[answer.result] });
      continue;
    }
    if (answer.phoneNumber)
      lines.push({ style: 'item', text: `${t.phoneNumber}: ${answer.phoneNumber}` });
    const window = record.items.find(
      (i) => i.target === answer.target && i.category === 'ip_addresses',
    )?.ipWindow;
    if (window && answer.ipAddresses.length > 0) {
      lines.push({ style: 'item', text: t.ipAddresses(window.from, window.to) });
      for (const ip of answer.ipAddresses) {
        lines.push({ style: 'item', text: `  ${ip.seenAt}  ${ip.address}` });
      }
    }
  }
  const approvedTargets = new Set(record.items.map((i) => i.target));
  const declined = review.decisions.filter((d) => d.verdict === 'decline');
  lines.push({ style: 'heading', text: t.declinedHeading });
  if (declined.length === 0) lines.push({ style: 'item', text: t.nothingDeclined });
  for (const d of declined.filter((d) => approvedTargets.has(d.target))) {
    lines.push({
      style: 'item',
      text: `${displayTarget(d.target)}, ${d.category.replaceAll('_', ' ')}: ${d.reason}`,
    });
  }
  const wholly = new Map<string, number>();
  for (const d of declined.filter((d) => !approvedTargets.has(d.target))) {
    wholly.set(d.reason, (wholly.get(d.reason) ?? 0) + 1);
  }
  for (const [reason, n] of wholly) {
    lines.push({ style: 'item', text: `${n} × ${reason}` });
  }
  lines.push({ style: 'text', text: t.integrity });
  lines.push({ style: 'text', text: t.closing(record.approvedByName) });
  return { language: t.language, title: t.title(order.reference), lines };
}

/** "username:@name" as the authority wrote it: "@name". */
function displayTarget(target: string): string {
  return target.slice(target.indexOf(':') + 1);
}
