-- Bursts: a reply may answer several user messages; each user turn records the reply that answered it.
ALTER TABLE dialogue_turns ADD COLUMN answered_by text;
-- Turns answered before this migration are answered: a new message must not gather them into its burst.
UPDATE dialogue_turns AS u SET answered_by = r.turn_id
  FROM dialogue_turns AS r
 WHERE u.role = 'user' AND r.role = 'companion'
   AND r.user_id = u.user_id AND r.conversation_id = u.conversation_id AND r.in_reply_to = u.turn_id;
CREATE INDEX dialogue_turns_unanswered
    ON dialogue_turns (user_id, conversation_id, turn_id) WHERE role = 'user' AND answered_by IS NULL;
-- Replies and check-ins no client has received yet, found when the user connects again.
CREATE INDEX dialogue_turns_undelivered
    ON dialogue_turns (user_id, turn_id) WHERE role = 'companion' AND NOT delivered;

-- One persona (a Character Card) per conversation; the default persona when there is no row.
CREATE TABLE dialogue_personas (
    user_id         text        NOT NULL,
    conversation_id text        NOT NULL,
    card            jsonb       NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, conversation_id)
);

-- Dated plans the user mentioned, and the check-in that follows each one at most once.
CREATE TABLE dialogue_followups (
    user_id         text        NOT NULL,
    source_message  text        NOT NULL,  -- the user message that mentioned the plan
    conversation_id text        NOT NULL,
    what            text        NOT NULL,
    due_at          timestamptz NOT NULL,
    time_zone       text        NOT NULL,
    reply_to        text        NOT NULL,  -- the gateway that last held the user's connection
    status          text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'expired')),
    sent_at         timestamptz,
    turn_id         text,
    PRIMARY KEY (user_id, source_message)  -- due ones are found through a Redis schedule, never a cross-user scan
);
