-- Structured memories: whom a memory is about, single-valued attributes that supersede each other,
-- validity periods, strength, importance; and the messages already ingested (idempotent re-delivery).
ALTER TABLE memories
    ADD COLUMN conversation_id text        NOT NULL DEFAULT '',
    ADD COLUMN subject         text        NOT NULL DEFAULT 'user',
    ADD COLUMN attribute       text        NOT NULL DEFAULT '',
    ADD COLUMN value           text        NOT NULL DEFAULT '',
    ADD COLUMN valid_from      timestamptz,
    ADD COLUMN valid_to        timestamptz,
    ADD COLUMN superseded_by   text        NOT NULL DEFAULT '',
    ADD COLUMN strength        integer     NOT NULL DEFAULT 1,
    ADD COLUMN importance      real        NOT NULL DEFAULT 0.5,
    ADD COLUMN last_said_at    timestamptz;

-- The current value of a single-valued attribute ("lives_in") of one subject.
CREATE INDEX memories_user_attribute ON memories (user_id, subject, attribute)
    WHERE attribute <> '' AND superseded_by = '';

-- Ids only (no text): re-delivery of a message must not store or strengthen anything twice.
CREATE TABLE memory_ingested_messages (
    user_id     text        NOT NULL,
    message_id  text        NOT NULL,
    ingested_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, message_id)
);
