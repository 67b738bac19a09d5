import type { Context } from 'hono';
import { API } from '../../../shared/api';
import { zodIssues } from '../../../shared/errors';
import { Order } from '../../../shared/order';
import { importOrder } from '../../cases/import-order';
import {
  checkPdfAttachments,
  documentDigestIssues,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
} from '../../cases/pdf-attachments';
import type { App, AppDeps, AppEnv } from '../app-env';
import { CASE_WORKERS, requireSession } from '../authenticate';
import { parseJsonText, readJsonBody, validationError } from '../parse-input';

const WHAT = 'The order';

/** Room for the largest legitimate multipart body: every attachment at its limit, plus JSON. */
export const MAX_ORDER_BODY_BYTES = MAX_ATTACHMENTS * MAX_ATTACHMENT_BYTES + 4 * 1024 * 1024;

export function registerOrderRoutes(app: App, deps: AppDeps): void {
  app.on(API.importOrder.method, API.importOrder.path, async (c) => {
    const importer = await requireSession(c, deps, CASE_WORKERS);
    const type = c.req.header('content-type') ?? '';
    const { orderJson, files } = /^multipart\/form-data\b/i.test(type)
      ? await readMultipartOrder(c)
      : { orderJson: await readJsonBody(c, WHAT), files: [] };
    // Every problem at once, order and attachments alike, so the sender fixes them in one go.
    const parsed = Order.safeParse(orderJson);
    const { attachments, issues } = await checkPdfAttachments(files);
    if (!parsed.success) throw validationError(WHAT, [...zodIssues(parsed.error), ...issues]);
    issues.push(...documentDigestIssues(parsed.data, attachments));
    if (issues.length > 0) throw validationError(WHAT, issues);
    return c.json(await importOrder(deps.db, importer, parsed.data, attachments, deps.clock()));
  });
}

/** `order`: the order's JSON text (as a field or a file); `attachment`: zero or more PDFs. */
async function readMultipartOrder(
  c: Context<AppEnv>,
): Promise<{ orderJson: unknown; files: File[] }> {
  let form: FormData;
  try {
    form = await c.req.formData();
  } catch {
    throw validationError(WHAT, [{ path: '(root)', message: 'the multipart body is malformed' }]);
  }
  const orderFields = form.getAll('order');
  const orderField = orderFields[0];
  if (orderFields.length !== 1 || orderField === undefined) {
    throw validationError(WHAT, [
      { path: 'order', message: 'send exactly one "order" field holding the order as JSON' },
    ]);
  }
  const orderText = typeof orderField === 'string' ? orderField : await orderField.text();
  const files: File[] = [];
  for (const [index, part] of form.getAll('attachment').entries()) {
    if (typeof part === 'string') {
      throw validationError(WHAT, [
        { path: `attachment.${index}`, message: 'an attachment must be a file upload' },
      ]);
    }
    files.push(part);
  }
  return { orderJson: parseJsonText(orderText, WHAT), files };
}
