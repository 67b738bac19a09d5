import { zodIssues, type FieldIssue } from '../../../shared/errors';
import { Order } from '../../../shared/order';

export type OrderCheck = { ok: true; order: Order } | { ok: false; problems: FieldIssue[] };

const MAX_ORDER_BYTES = 1024 * 1024;
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_ATTACHMENTS = 20;

function problem(path: string, message: string): OrderCheck {
  return { ok: false, problems: [{ path, message }] };
}

/** Validates a candidate order with the same schema the case service applies. */
export function checkOrder(candidate: unknown): OrderCheck {
  const parsed = Order.safeParse(candidate);
  return parsed.success
    ? { ok: true, order: parsed.data }
    : { ok: false, problems: zodIssues(parsed.error) };
}

/** Says exactly what is wrong with an order file: not JSON at all, or which fields. */
export function parseOrderText(text: string, byteSize = text.length): OrderCheck {
  if (byteSize > MAX_ORDER_BYTES) {
    return problem('(file)', 'the file is larger than 1 MB; an order file is a few kilobytes');
  }
  if (text.trim() === '') return problem('(file)', 'the file is empty');
  let candidate: unknown;
  try {
    candidate = JSON.parse(text);
  } catch {
    return problem('(file)', 'this file is not an order file: it is not written in JSON at all');
  }
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
    return problem('(file)', 'this file does not hold one order');
  }
  return checkOrder(candidate);
}

export interface AttachmentFile {
  name: string;
  size: number;
  /** The first bytes of the file, to recognise a PDF by content rather than by name. */
  head: Uint8Array;
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

export function checkAttachments(files: readonly AttachmentFile[]): FieldIssue[] {
  const problems: FieldIssue[] = [];
  if (files.length > MAX_ATTACHMENTS) {
    problems.push({
      path: 'attachment',
      message: `at most ${MAX_ATTACHMENTS} documents can be attached`,
    });
  }
  files.forEach((file, i) => {
    const path = `attachment.${i}`;
    if (file.size === 0) problems.push({ path, message: `${file.name} is empty` });
    else if (file.size > MAX_ATTACHMENT_BYTES) {
      problems.push({ path, message: `${file.name} is larger than 20 MB` });
    } else if (!PDF_MAGIC.every((byte, j) => file.head[j] === byte)) {
      problems.push({ path, message: `${file.name} is not a PDF document` });
    }
  });
  return problems;
}

async function readHead(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, 8).arrayBuffer());
}

/** The chosen files checked as documents of an order, read from their first bytes. */
export async function checkAttachedFiles(files: readonly File[]): Promise<FieldIssue[]> {
  return checkAttachments(
    await Promise.all(
      files.map(async (f) => ({ name: f.name, size: f.size, head: await readHead(f) })),
    ),
  );
}
