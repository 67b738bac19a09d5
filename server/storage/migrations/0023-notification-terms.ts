import type { Migration } from './migration';

export const notificationTerms: Migration = {
  version: 23,
  name: 'each order’s non-disclosure term, kept beside the case',
  sql: /* sql */ `
    -- The list of notifications due reads these (and the number of targets) for every gagged
    -- or disclosed case. Read from the order itself, each case's whole order was decompressed
    -- for two small facts: on a desk of 100,000 cases the list took a second, holding the
    -- embedded service's one connection. Computed by the database from the order, so they
    -- cannot disagree with it.
    ALTER TABLE cases
      ADD COLUMN gagged boolean NOT NULL
        GENERATED ALWAYS AS (
          coalesce(order_data #>> '{nonDisclosure,prohibited}' = 'true', false)
        ) STORED,
      ADD COLUMN gag_until text
        GENERATED ALWAYS AS (
          CASE WHEN order_data #>> '{nonDisclosure,prohibited}' = 'true'
               THEN order_data #>> '{nonDisclosure,until}' END
        ) STORED;
    -- Terms with an end, oldest end first: the notifications that came due longest ago.
    CREATE INDEX cases_by_gag_end ON cases (gag_until) WHERE gag_until IS NOT NULL;
  `,
};
