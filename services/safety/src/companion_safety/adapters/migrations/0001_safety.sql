-- The audit trail: every assessment with its detector version, every intervention sent.
-- user_id leads every key (distributable by user); referral counts carry no identifiers at all.
CREATE TABLE safety_assessments (
    user_id          text        NOT NULL,
    message_id       text        NOT NULL,
    conversation_id  text        NOT NULL,
    risk_level       smallint    NOT NULL,
    categories       text[]      NOT NULL,
    detector_version text        NOT NULL,
    crisis_support_sent boolean  NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, message_id)
);

CREATE TABLE safety_interventions (
    user_id         text        NOT NULL,
    intervention_id text        NOT NULL,
    message_id      text        NOT NULL,
    kind            text        NOT NULL,
    region          text        NOT NULL,
    delivered       boolean     NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, intervention_id),
    UNIQUE (user_id, message_id, kind)
);

-- Crisis referrals per day and region, for the yearly report (California SB 243). No user data.
CREATE TABLE safety_referral_counts (
    day    date    NOT NULL,
    region text    NOT NULL,
    count  integer NOT NULL,
    PRIMARY KEY (day, region)
);
