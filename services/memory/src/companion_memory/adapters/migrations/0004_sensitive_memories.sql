-- Memories of messages safety found sensitive (risk to the user, self-harm, suicide, abuse) or could not assess:
-- only the episode is kept, with this flag; Recall leaves them out unless the caller asks, and the user sees the
-- flag in their list and export. No index: it only filters rows the user_id-led indexes already found.
ALTER TABLE memories ADD COLUMN IF NOT EXISTS sensitive boolean NOT NULL DEFAULT false;
