import type { Migration } from './migration';

export const callBackSources: Migration = {
  version: 8,
  name: 'where the number of each call-back was found',
  sql: /* sql */ `
    -- Call-backs recorded before this could only go to the directory's contact, hence the
    -- default. An independently found number must say where it was found.
    ALTER TABLE verifications
      ADD COLUMN source text NOT NULL DEFAULT 'directory'
        CHECK (source IN ('directory', 'official_website', 'registry')),
      ADD COLUMN source_reference text NOT NULL DEFAULT '',
      ADD CONSTRAINT verifications_independent_source_named
        CHECK (source = 'directory' OR source_reference <> '');
  `,
};
