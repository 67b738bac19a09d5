import { z } from 'zod';
import { IsoDateTime } from '../dates';
import { DELIVERY_CHANNELS } from './delivery';

/** Letters that go to the authority: the answer in its three forms, and requests for information. */
export const LETTER_KINDS = [
  'response',
  'partial_response',
  'refusal',
  'request_for_information',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const LETTER_KIND_LABELS: Record<LetterKind, string> = {
  response: 'Response',
  partial_response: 'Partial response',
  refusal: 'Refusal',
  request_for_information: 'Request for information',
};

/** How a request for information goes out; it is sent when it is written, by who writes it. */
export const LetterDispatch = z
  .object({
    channel: z.enum(DELIVERY_CHANNELS),
    recipient: z.string().trim().min(1, 'name who receives the letter').max(300),
  })
  .strict();
export type LetterDispatch = z.infer<typeof LetterDispatch>;

/** Why an answer goes out after the order's deadline, where the route binds the provider to it. */
export const LateReason = z
  .string()
  .trim()
  .min(1, 'say why the answer is late')
  .max(2000, 'at most 2000 characters');

/** One letter as it was sent, with the SHA-256 of the PDF that went out. */
export const SentLetter = z.object({
  id: z.string(),
  kind: z.enum(LETTER_KINDS),
  language: z.string(),
  recipient: z.string(),
  channel: z.enum(DELIVERY_CHANNELS),
  sentAt: IsoDateTime,
  sentByName: z.string(),
  recordedAt: IsoDateTime,
  sha256: z.string(),
  /** For letters stored on the case (refusals, requests for information), to download. */
  letterId: z.string().nullable(),
  lateReason: z.string().nullable(),
});
export type SentLetter = z.infer<typeof SentLetter>;

export const LetterLog = z.object({ letters: z.array(SentLetter) });
export type LetterLog = z.infer<typeof LetterLog>;
