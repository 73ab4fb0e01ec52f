-- Notices (AI disclosure, break reminder, nudge, pause question) keep their text and conversation until a client
-- has them: one that reached nobody is handed to the user's next connection (TakeUndeliveredNotices).
ALTER TABLE safety_interventions ADD COLUMN text text NOT NULL DEFAULT '';
ALTER TABLE safety_interventions ADD COLUMN conversation_id text NOT NULL DEFAULT '';
CREATE INDEX safety_interventions_undelivered ON safety_interventions (user_id, created_at) WHERE NOT delivered;
