import type { Migration } from './migration';

export const governingDeadline: Migration = {
  version: 17,
  name: 'the governing deadline: the earlier of the policy’s due date and the authority’s own',
  sql: /* sql */ `
    -- The policy's due date, kept beside the governing one so both can be shown.
    ALTER TABLE cases ADD COLUMN policy_due_at timestamptz;
    UPDATE cases SET policy_due_at = due_at;
    -- Cases already stored follow the same rule as new imports: the earlier date governs.
    UPDATE cases
       SET due_at = (order_data ->> 'respondBy')::timestamptz
     WHERE order_data ? 'respondBy'
       AND (order_data ->> 'respondBy')::timestamptz < due_at;
  `,
};
