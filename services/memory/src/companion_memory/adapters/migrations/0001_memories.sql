-- Memories, one row each. user_id leads every key and index: tables can be distributed by user (Citus)
-- and no query ever reads across users.
CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE memories (
    user_id            text        NOT NULL,
    memory_id          text        NOT NULL,
    kind               text        NOT NULL,
    text               text        NOT NULL,
    said_at            timestamptz NOT NULL,
    source_message_ids text[]      NOT NULL,
    content_hash       text        NOT NULL,
    -- all-MiniLM-L6-v2 sentence embeddings; filled by the embedding path.
    embedding          vector(384),
    search             tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
    created_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, memory_id),
    UNIQUE (user_id, content_hash)
);

CREATE INDEX memories_search ON memories USING gin (search);
CREATE INDEX memories_user_said_at ON memories (user_id, said_at DESC);
