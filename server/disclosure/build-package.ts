import { createHash } from 'node:crypto';
import type { DisclosureRecord } from '../../shared/case-record';
import {
  MANIFEST_FORMAT,
  PACKAGE_FILES,
  type DisclosureManifest,
} from '../../shared/disclosure/manifest';
import { releasedAnswer, type TargetAnswer } from '../../shared/disclosure/subscriber-data';
import { isDisclosable, type Order } from '../../shared/order';
import type { Review } from '../../shared/review';
import { canonicalJson, type JsonValue } from '../audit/canonical-json';
import { letterContent } from './letter-lines';
import { renderLetterPdf } from './render-letter-pdf';

export interface PackageFacts {
  caseId: string;
  order: Order;
  review: Review;
  record: DisclosureRecord;
  answers: readonly TargetAnswer[];
  policyVersion: string | null;
  reviewerName: string;
  generatedAt: Date;
}

export interface BuiltPackage {
  language: string;
  manifest: DisclosureManifest;
  manifestBytes: Uint8Array;
  manifestSha256: string;
  letter: Uint8Array;
  letterSha256: string;
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The disclosure package: the response letter, and a manifest naming the order, the people,
 * the approved items, the values found and the SHA-256 of the letter and of the values. The
 * manifest's own SHA-256 is kept beside it by the case service.
 */
export async function buildPackage(facts: PackageFacts): Promise<BuiltPackage> {
  // The answers may be the directory's, account ids and all: the package, its letter and its
  // hashes are built from the released fields only.
  const answers = facts.answers.map(releasedAnswer);
  const content = letterContent({ ...facts, answers });
  const letter = await renderLetterPdf(content, facts.generatedAt);
  const letterSha256 = sha256Hex(letter);
  const manifest: DisclosureManifest = {
    format: MANIFEST_FORMAT,
    caseId: facts.caseId,
    orderReference: facts.order.reference,
    caseNumber: facts.order.caseNumber ?? null,
    authority: {
      name: facts.order.authority.name,
      country: facts.order.authority.country,
      kind: facts.order.authority.kind,
    },
    policyVersion: facts.policyVersion,
    reviewerName: facts.reviewerName,
    approverName: facts.record.approvedByName,
    approvedAt: facts.record.approvedAt,
    generatedAt: facts.generatedAt.toISOString(),
    approved: facts.record.items.flatMap((i) =>
      isDisclosable(i.category)
        ? [{ target: i.target, category: i.category, window: i.ipWindow }]
        : [],
    ),
    answers,
    parts: [{ ...PACKAGE_FILES.letter, sha256: letterSha256 }],
    answersSha256: answersSha256(answers),
  };
  const manifestBytes = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
  return {
    language: content.language,
    manifest,
    manifestBytes,
    manifestSha256: sha256Hex(manifestBytes),
    letter,
    letterSha256,
  };
}

/** The hash a recipient recomputes from the manifest's answers to check the values. */
export function answersSha256(answers: readonly TargetAnswer[]): string {
  return sha256Hex(canonicalJson(answers as unknown as JsonValue));
}
