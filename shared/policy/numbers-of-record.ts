import type { Order } from '../order';
import { sameEmail, samePhone, type DirectoryAuthority } from './authority-directory';

/** Where the number or address of a call-back was found. */
export const CALL_BACK_SOURCES = ['directory', 'official_website', 'registry'] as const;
export type CallBackSource = (typeof CALL_BACK_SOURCES)[number];

export const CALL_BACK_SOURCE_LABELS: Record<CallBackSource, string> = {
  directory: 'the authority directory',
  official_website: 'the authority’s official website',
  registry: 'an official registry',
};

export type CallBackChannel = 'phone' | 'email';

/** A contact the authority directory holds for the order's authority. */
export interface NumberOfRecord {
  channel: CallBackChannel;
  contact: string;
  directoryEntryId: string;
  /** A demonstration entry reaches nobody and must be replaced. */
  demo: boolean;
}

export function numbersOfRecord(entry: DirectoryAuthority | undefined): NumberOfRecord[] {
  if (!entry) return [];
  const numbers: NumberOfRecord[] = [];
  const base = { directoryEntryId: entry.id, demo: entry.demo };
  if (entry.contact.phone)
    numbers.push({ channel: 'phone', contact: entry.contact.phone, ...base });
  if (entry.contact.email)
    numbers.push({ channel: 'email', contact: entry.contact.email, ...base });
  return numbers;
}

function sameContact(channel: CallBackChannel, a: string, b: string): boolean {
  return channel === 'phone' ? samePhone(a, b) : sameEmail(a, b);
}

/** What a call-back used, as far as deciding whether it counts. */
export interface CallBackContact {
  channel: CallBackChannel;
  contactUsed: string;
  source: CallBackSource;
  sourceReference: string;
}

export interface CallBackContactProblem {
  kind: 'from_order' | 'not_directory' | 'no_source' | 'no_reference';
  field: 'contactUsed' | 'source' | 'sourceReference';
  message: string;
}

/**
 * Why a call-back through this contact cannot verify the order, or undefined when it can. It
 * counts only through a number of record: the directory's, or one found independently of the
 * order whose source is recorded. The order's own contact is what a forger controls.
 */
export function callBackContactProblem(
  order: Order,
  entry: DirectoryAuthority | undefined,
  callBack: CallBackContact,
): CallBackContactProblem | undefined {
  const { channel, contactUsed } = callBack;
  const ofRecord = numbersOfRecord(entry).filter((n) => n.channel === channel);
  if (ofRecord.some((n) => sameContact(channel, n.contact, contactUsed))) return undefined;

  const listed = ofRecord.map((n) => n.contact).join(' or ');
  const directoryHas = listed ? ` The directory lists ${listed}.` : '';
  const onOrder = order.authority.contact?.[channel];
  if (onOrder !== undefined && sameContact(channel, onOrder, contactUsed)) {
    return {
      kind: 'from_order',
      field: 'contactUsed',
      message: `${contactUsed} is taken from the order itself, and a forged order carries the forger’s own contact. Call back a number of record: the directory’s, or one you found independently and whose source you record.${directoryHas}`,
    };
  }
  if (callBack.source === 'directory') {
    return entry
      ? {
          kind: 'not_directory',
          field: 'contactUsed',
          message: `${contactUsed} is not the directory’s ${channel === 'phone' ? 'number' : 'address'} for ${entry.name}.${directoryHas}`,
        }
      : {
          kind: 'no_source',
          field: 'source',
          message:
            'The authority is not in the directory: say where you found the number (its official website or an official registry).',
        };
  }
  if (callBack.sourceReference.trim() === '') {
    return {
      kind: 'no_reference',
      field: 'sourceReference',
      message: `Say where on ${CALL_BACK_SOURCE_LABELS[callBack.source]} you found ${contactUsed}.`,
    };
  }
  return undefined;
}
