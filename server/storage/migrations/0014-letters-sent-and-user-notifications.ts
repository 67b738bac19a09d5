import { SERVICE_ROLE } from './0011-service-role';
import type { Migration } from './migration';

export const lettersSentAndUserNotifications: Migration = {
  version: 14,
  name: 'requests for information, the log of letters sent, and user notifications',
  sql: /* sql */ `
    -- A case may now hold letters asking the authority for what is missing.
    ALTER TABLE case_letters DROP CONSTRAINT case_letters_kind_check;
    ALTER TABLE case_letters ADD CONSTRAINT case_letters_kind_check
      CHECK (kind IN ('refusal', 'request_for_information'));

    -- Every letter that went to the authority: what, to whom, how, when, by whom, and the
    -- SHA-256 of the PDF as sent. A late answer on a deadline-bound route carries its reason.
    CREATE TABLE letters_sent (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases (id),
      kind text NOT NULL
        CHECK (kind IN ('response', 'partial_response', 'refusal', 'request_for_information')),
      language text NOT NULL,
      recipient text NOT NULL,
      channel text NOT NULL CHECK (channel IN ('portal', 'email', 'post', 'e_evidence_system')),
      sent_at timestamptz NOT NULL,
      sent_by uuid NOT NULL REFERENCES users (id),
      recorded_at timestamptz NOT NULL,
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      letter_id uuid REFERENCES case_letters (id),
      late_reason text
    );
    CREATE INDEX letters_sent_by_case ON letters_sent (case_id, sent_at);

    -- That an affected user was told of the order about them, once the order allowed it.
    CREATE TABLE user_notifications (
      case_id uuid NOT NULL REFERENCES cases (id),
      target text NOT NULL,
      sent_at timestamptz NOT NULL,
      recorded_by uuid NOT NULL REFERENCES users (id),
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (case_id, target)
    );

    CREATE TRIGGER letters_sent_append_only BEFORE UPDATE OR DELETE ON letters_sent
      FOR EACH ROW EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER letters_sent_no_truncate BEFORE TRUNCATE ON letters_sent
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER user_notifications_append_only BEFORE UPDATE OR DELETE ON user_notifications
      FOR EACH ROW EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER user_notifications_no_truncate BEFORE TRUNCATE ON user_notifications
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

    REVOKE ALL ON letters_sent, user_notifications FROM ${SERVICE_ROLE};
    GRANT SELECT, INSERT ON letters_sent, user_notifications TO ${SERVICE_ROLE};
  `,
};
