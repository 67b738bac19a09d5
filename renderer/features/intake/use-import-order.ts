import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API } from '../../../shared/api';
import type { Order } from '../../../shared/order';
import { callApi } from '../../lib/api-client';
import { emergencyKey } from '../../lib/notifications/derive-notifications';
import { rememberNotified } from '../../lib/notifications/notified-keys';
import { useSession } from '../../lib/session';
import { syncCases } from '../../lib/sync/case-sync';

export interface OrderImport {
  order: Order;
  attachments: readonly File[];
}

/** One request carries the order and its documents, so the server stores all or nothing. */
function toFormData({ order, attachments }: OrderImport): FormData {
  const form = new FormData();
  form.append('order', JSON.stringify(order));
  for (const file of attachments) form.append('attachment', file, file.name);
  return form;
}

export function useImportOrder() {
  const queryClient = useQueryClient();
  const userId = useSession().data?.user.id;
  return useMutation({
    mutationFn: (input: OrderImport) =>
      callApi(API.importOrder, {
        body: input.attachments.length > 0 ? toFormData(input) : input.order,
      }),
    onSuccess: ({ caseId }) => {
      if (userId) rememberNotified(userId, [emergencyKey(caseId)]);
      return syncCases(queryClient);
    },
  });
}
