import { SERVICE_ROLE } from './0011-service-role';
import type { Migration } from './migration';

export const stagedDocumentContents: Migration = {
  version: 18,
  name: 'attachment contents stored in pieces before the case that links them',
  sql: /* sql */ `
    -- An attachment's bytes, stored in short transactions of their own before the import's
    -- case transaction, which only links them to a document. Until a document links it, a
    -- content is staged: an import that fails removes its own, and a sweep removes any that
    -- an interrupted import left behind. Linking ends the staging, so the sweep only ever
    -- looks at the few contents being imported, never at every file stored.
    CREATE TABLE document_contents (
      id uuid PRIMARY KEY,
      sha256 text NOT NULL,
      size integer NOT NULL CHECK (size >= 0)
    );
    CREATE TABLE document_content_staging (
      content_id uuid PRIMARY KEY REFERENCES document_contents (id) ON DELETE CASCADE,
      staged_at timestamptz NOT NULL
    );
    CREATE INDEX document_content_staging_by_time ON document_content_staging (staged_at);

    CREATE TABLE document_content_pieces (
      content_id uuid NOT NULL REFERENCES document_contents (id) ON DELETE CASCADE,
      seq integer NOT NULL CHECK (seq >= 0),
      bytes bytea NOT NULL,
      PRIMARY KEY (content_id, seq)
    );

    -- A document keeps its bytes in its own row (documents imported before) or links one
    -- content, never both; a linked content cannot be removed while the document exists.
    ALTER TABLE documents ALTER COLUMN content DROP NOT NULL;
    ALTER TABLE documents ADD COLUMN content_id uuid REFERENCES document_contents (id);
    ALTER TABLE documents ADD CONSTRAINT documents_content_stored_once
      CHECK ((content IS NULL) <> (content_id IS NULL));
    CREATE UNIQUE INDEX documents_by_content ON documents (content_id);

    -- Bytes are evidence once written: never rewritten, and the pieces of a linked content
    -- are never removed. (Removing a staged content removes its pieces through the cascade.)
    CREATE TRIGGER document_contents_no_update BEFORE UPDATE ON document_contents
      FOR EACH ROW EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER document_content_pieces_no_update BEFORE UPDATE ON document_content_pieces
      FOR EACH ROW EXECUTE FUNCTION refuse_change();
    CREATE FUNCTION refuse_removing_linked_piece() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT FROM documents WHERE content_id = OLD.content_id) THEN
        RAISE EXCEPTION 'the pieces of a document''s content cannot be removed'
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      RETURN OLD;
    END $$;
    CREATE TRIGGER document_content_pieces_kept_while_linked
      BEFORE DELETE ON document_content_pieces
      FOR EACH ROW EXECUTE FUNCTION refuse_removing_linked_piece();
    CREATE TRIGGER document_contents_no_truncate BEFORE TRUNCATE ON document_contents
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER document_content_pieces_no_truncate BEFORE TRUNCATE ON document_content_pieces
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

    -- The service stages and reads contents and removes staged ones; pieces go only with
    -- their content.
    REVOKE ALL ON document_contents, document_content_pieces FROM ${SERVICE_ROLE};
    GRANT SELECT, INSERT, DELETE ON document_contents TO ${SERVICE_ROLE};
    REVOKE ALL ON document_content_staging FROM ${SERVICE_ROLE};
    GRANT SELECT, INSERT, DELETE ON document_content_staging TO ${SERVICE_ROLE};
    GRANT SELECT, INSERT ON document_content_pieces TO ${SERVICE_ROLE};
  `,
};
