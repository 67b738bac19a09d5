import type { DisclosureRecord } from '../../shared/case-record';
import type { DirectoryAnswer } from '../../shared/disclosure/subscriber-data';
import { isDisclosable, type DisclosableCategory } from '../../shared/order';

/** What the directory is asked about one approved target, and nothing more. */
export interface DirectoryRequest {
  /** The target as the case keys it: "user_id:5012345678", "username:@name", "phone:+33…". */
  target: string;
  categories: DisclosableCategory[];
  /** The approved window for IP addresses; null when no IP addresses were approved. */
  ipWindow: { from: string; to: string } | null;
}

/**
 * The platform's subscriber directory, outside this product. Given approved targets, it
 * answers phone numbers and IP addresses with their times, or that there is no such account,
 * or no data in the window. An implementation throws a ServiceError when it cannot answer.
 */
export interface SubscriberDirectory {
  /** Named in the audit trail, so a lookup says where its values came from. */
  readonly name: string;
  lookUp(requests: readonly DirectoryRequest[]): Promise<DirectoryAnswer[]>;
}

/**
 * The directory requests for an approved disclosure record: one per target, with the
 * categories approved for it. Only IP addresses and phone numbers can ever be asked for,
 * whatever the record holds.
 */
export function directoryRequests(items: DisclosureRecord['items']): DirectoryRequest[] {
  const byTarget = new Map<string, DirectoryRequest>();
  for (const item of items) {
    if (!isDisclosable(item.category)) continue;
    // IP addresses without an approved window are never asked for: nothing bounds them.
    if (item.category === 'ip_addresses' && !item.ipWindow) continue;
    const request = byTarget.get(item.target) ?? {
      target: item.target,
      categories: [],
      ipWindow: null,
    };
    if (!request.categories.includes(item.category)) request.categories.push(item.category);
    if (item.category === 'ip_addresses') request.ipWindow = item.ipWindow;
    byTarget.set(item.target, request);
  }
  return [...byTarget.values()];
}
