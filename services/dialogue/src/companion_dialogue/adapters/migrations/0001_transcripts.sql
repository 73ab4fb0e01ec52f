-- Conversation transcripts: user messages and the companion's replies. user_id leads every key.
CREATE TABLE dialogue_turns (
    user_id         text        NOT NULL,
    conversation_id text        NOT NULL,
    turn_id         text        NOT NULL,  -- message_id of a user turn, delivery_id of a reply (ULIDs)
    role            text        NOT NULL CHECK (role IN ('user', 'companion')),
    text            text        NOT NULL,
    at              timestamptz NOT NULL,
    in_reply_to     text,
    delivered       boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (user_id, conversation_id, turn_id)
);

-- One reply per user message, whatever is re-delivered.
CREATE UNIQUE INDEX dialogue_turns_one_reply
    ON dialogue_turns (user_id, conversation_id, in_reply_to) WHERE role = 'companion';
