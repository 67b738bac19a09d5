import { z } from 'zod';
import { IsoDateTime } from '../dates';

/** How an answer reaches the authority. */
export const DELIVERY_CHANNELS = ['portal', 'email', 'post', 'e_evidence_system'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

export const DELIVERY_CHANNEL_LABELS: Record<DeliveryChannel, string> = {
  portal: 'Authority portal',
  email: 'E-mail',
  post: 'Post',
  e_evidence_system: 'e-Evidence system',
};

/** What the person who sent the answer records about it. */
export const DeliveryInput = z
  .object({
    channel: z.enum(DELIVERY_CHANNELS),
    deliveredAt: IsoDateTime,
    recipient: z.string().trim().min(1, 'name who received the answer').max(300),
  })
  .strict();
export type DeliveryInput = z.infer<typeof DeliveryInput>;

export const DELIVERY_KINDS = ['disclosure', 'refusal'] as const;

export const Delivery = z.object({
  kind: z.enum(DELIVERY_KINDS),
  channel: z.enum(DELIVERY_CHANNELS),
  deliveredAt: IsoDateTime,
  recipient: z.string(),
  sentByName: z.string(),
  recordedAt: IsoDateTime,
});
export type Delivery = z.infer<typeof Delivery>;
