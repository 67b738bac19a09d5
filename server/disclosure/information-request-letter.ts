import { randomUUID } from 'node:crypto';
import type { Order } from '../../shared/order';
import type { Verdict } from '../../shared/policy/verdict';
import { CHECK_KEYS, type CheckKey, type Review } from '../../shared/review';
import type { Queryable } from '../storage/database';
import { sha256Hex } from './build-package';
import { letterHead, type LetterContent, type LetterLine } from './letter-lines';
import { letterLanguageFor, type LetterLanguage } from './letter-templates';
import { renderLetterPdf } from './render-letter-pdf';

/** The wording of a request for information in one language. */
interface RequestTemplate {
  language: string;
  title: (reference: string) => string;
  date: string;
  yourReference: string;
  caseNumber: string;
  opening: (receivedOn: string, legalBasis: string) => string;
  missingHeading: string;
  checks: Record<CheckKey, string>;
  reviewerHeading: string;
  suspended: string;
  closing: (name: string) => string;
}

const ENGLISH: RequestTemplate = {
  language: 'en',
  title: (reference) => `Request for information on your order ${reference}`,
  date: 'Date',
  yourReference: 'Your reference',
  caseNumber: 'Your case number',
  opening: (receivedOn, legalBasis) =>
    `We received your order on ${receivedOn}, issued under ${legalBasis}. Before we can answer it, we need the following.`,
  missingHeading: 'What the order does not yet establish:',
  checks: {
    instrument: 'The legal instrument',
    jurisdiction: 'Jurisdiction and route',
    suspect: 'Suspect status of the persons named',
    tos_violation: 'The offence alleged',
    scope: 'The data and period requested',
    authenticity: 'Confirmation that the order is authentic',
  },
  reviewerHeading: 'Our questions:',
  suspended:
    'We hold the order until we receive your answer. Please quote your reference when replying.',
  closing: (name) => `Legal team. Written by ${name}.`,
};

const FRENCH: RequestTemplate = {
  language: 'fr',
  title: (reference) => `Demande d’informations sur votre réquisition ${reference}`,
  date: 'Date',
  yourReference: 'Votre référence',
  caseNumber: 'Votre numéro de procédure',
  opening: (receivedOn, legalBasis) =>
    `Nous avons reçu votre réquisition le ${receivedOn}, fondée sur ${legalBasis}. Avant d’y répondre, nous avons besoin des éléments suivants.`,
  missingHeading: 'Ce que la réquisition n’établit pas encore :',
  checks: {
    instrument: 'L’acte juridique',
    jurisdiction: 'La compétence et la voie de transmission',
    suspect: 'La qualité de suspect des personnes visées',
    tos_violation: 'L’infraction reprochée',
    scope: 'Les données et la période demandées',
    authenticity: 'La confirmation de l’authenticité de la réquisition',
  },
  reviewerHeading: 'Nos questions :',
  suspended:
    'Nous suspendons le traitement de la réquisition jusqu’à réception de votre réponse. Merci de rappeler votre référence.',
  closing: (name) => `Service juridique. Rédigé par ${name}.`,
};

const GERMAN: RequestTemplate = {
  language: 'de',
  title: (reference) => `Rückfrage zu Ihrer Anordnung ${reference}`,
  date: 'Datum',
  yourReference: 'Ihr Aktenzeichen',
  caseNumber: 'Ihre Verfahrensnummer',
  opening: (receivedOn, legalBasis) =>
    `Ihre Anordnung ist am ${receivedOn} bei uns eingegangen (Rechtsgrundlage: ${legalBasis}). Bevor wir sie beantworten können, benötigen wir Folgendes.`,
  missingHeading: 'Was die Anordnung noch nicht belegt:',
  checks: {
    instrument: 'Das Rechtsinstrument',
    jurisdiction: 'Zuständigkeit und Übermittlungsweg',
    suspect: 'Die Beschuldigteneigenschaft der benannten Personen',
    tos_violation: 'Der erhobene Tatvorwurf',
    scope: 'Die angefragten Daten und der Zeitraum',
    authenticity: 'Die Bestätigung der Echtheit der Anordnung',
  },
  reviewerHeading: 'Unsere Fragen:',
  suspended:
    'Bis zu Ihrer Antwort stellen wir die Bearbeitung zurück. Bitte geben Sie Ihr Aktenzeichen an.',
  closing: (name) => `Rechtsabteilung. Verfasst von ${name}.`,
};

const TEMPLATES: Record<LetterLanguage, RequestTemplate> = { en: ENGLISH, fr: FRENCH, de: GERMAN };

const day = (iso: string | Date) => new Date(iso).toISOString().slice(0, 10);

export interface InformationRequestFacts {
  order: Order;
  review: Review;
  /** The engine's judgement now, for checks the reviewer has not settled. */
  verdict: Verdict | null;
  /** What the reviewer wrote: the questions put to the authority. */
  comment: string;
  writerName: string;
  generatedAt: Date;
}

/**
 * A letter sending the case back to the authority: each check that failed or needs review,
 * with the reviewer's note on it (or the engine's reason where the reviewer wrote none), then
 * the reviewer's own questions. No subscriber data and no decision is stated.
 */
export function informationRequestContent(facts: InformationRequestFacts): LetterContent {
  const { order, review, verdict } = facts;
  const t = TEMPLATES[letterLanguageFor(order.authority.country)];
  const open = CHECK_KEYS.flatMap((k) => {
    const result = review.checks[k].result ?? verdict?.checks[k].result ?? null;
    if (result !== 'fail' && result !== 'needs_review') return [];
    const note = review.checks[k].note.trim() || verdict?.checks[k].reason || '';
    return [{ style: 'item' as const, text: note ? `${t.checks[k]}: ${note}` : t.checks[k] }];
  });
  const lines: LetterLine[] = [
    ...letterHead(order, t, facts.generatedAt),
    { style: 'text', text: t.opening(day(order.receivedAt), order.legalBasis) },
    ...(open.length > 0 ? [{ style: 'heading' as const, text: t.missingHeading }, ...open] : []),
    { style: 'heading', text: t.reviewerHeading },
    ...facts.comment
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '')
      .map((l) => ({ style: 'text' as const, text: l })),
    { style: 'text', text: t.suspended },
    { style: 'text', text: t.closing(facts.writerName) },
  ];
  return { language: t.language, title: t.title(order.reference), lines };
}

/** Writes the request on the case; returns what the letter log and the audit trail need. */
export async function storeInformationRequest(
  tx: Queryable,
  caseId: string,
  facts: InformationRequestFacts,
  createdBy: string,
): Promise<{ id: string; sha256: string; language: string }> {
  const content = informationRequestContent(facts);
  const pdf = await renderLetterPdf(content, facts.generatedAt);
  const letter = { id: randomUUID(), sha256: sha256Hex(pdf), language: content.language };
  await tx.query(
    `INSERT INTO case_letters (id, case_id, kind, language, created_at, created_by, content, sha256)
     VALUES ($1, $2, 'request_for_information', $3, $4, $5, $6, $7)`,
    [letter.id, caseId, letter.language, facts.generatedAt, createdBy, pdf, letter.sha256],
  );
  return letter;
}
