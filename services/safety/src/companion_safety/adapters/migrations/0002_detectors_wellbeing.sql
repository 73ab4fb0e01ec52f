-- Detector scores in the audit trail; interventions of every kind; per-user wellbeing state and daily activity.
ALTER TABLE safety_assessments
    ADD COLUMN scores        jsonb   NOT NULL DEFAULT '{}',
    ADD COLUMN matched_rules text[]  NOT NULL DEFAULT '{}',
    ADD COLUMN minor_signal  boolean NOT NULL DEFAULT false;

-- Interventions now include AI disclosures, break reminders, nudges and pause confirmations (region '' for them).
ALTER TABLE safety_interventions ADD COLUMN detail text NOT NULL DEFAULT '';

-- One row per user: pause, quiet hours, and when they were last told they talk to an AI.
CREATE TABLE safety_user_state (
    user_id                 text        NOT NULL PRIMARY KEY,
    paused_until            timestamptz,          -- pause with an end
    paused_indefinitely     boolean     NOT NULL DEFAULT false,
    quiet_start             time,                 -- quiet hours in the user's time zone
    quiet_end               time,
    time_zone               text        NOT NULL DEFAULT 'UTC',
    pending_pause_until     timestamptz,          -- a pause asked for in words, waiting for "yes"
    pending_pause_indefinite boolean    NOT NULL DEFAULT false,
    pending_pause_expires   timestamptz,
    last_disclosed_at       timestamptz,
    last_nudge_at           timestamptz,
    last_activity_at        timestamptz,
    minor_signal_seen       boolean     NOT NULL DEFAULT false, -- the text said so once ("I'm 14"): stays a minor
    updated_at              timestamptz NOT NULL DEFAULT now()
);

-- Daily activity per user (the user's local day): the wellbeing signals. Counts only, no message text.
CREATE TABLE safety_activity_days (
    user_id             text    NOT NULL,
    day                 date    NOT NULL,
    messages            integer NOT NULL DEFAULT 0,
    active_seconds      integer NOT NULL DEFAULT 0,
    late_night_messages integer NOT NULL DEFAULT 0,
    dependency_cues     integer NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, day)
);

-- Messages whose activity was already counted: re-delivery counts nothing twice.
CREATE TABLE safety_observed_messages (
    user_id     text        NOT NULL,
    message_id  text        NOT NULL,
    observed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, message_id)
);
