-- Issue 9: an assessment records whether the message was sensitive (risk at concern or above, or self-harm,
-- suicide or abuse found by a rule; service_layer/model.py is_sensitive), so that MayContact can say "at_risk" while any of the
-- user's recent messages was. The flag is written with each assessment from the one Python rule; rows assessed
-- before it are marked here by the same rule (risk_level 2 is CONCERN).
ALTER TABLE safety_assessments ADD COLUMN sensitive boolean NOT NULL DEFAULT false;

UPDATE safety_assessments SET sensitive = true
 WHERE risk_level >= 2
    OR EXISTS (SELECT 1 FROM unnest(matched_rules) AS rule
                WHERE (rule LIKE 'self_harm.%' AND 'self_harm' = ANY (categories))
                   OR (rule LIKE 'abuse.%' AND 'abuse' = ANY (categories)));

-- MayContact asks "the user's latest sensitive assessment since T": user_id leads, and only sensitive rows are
-- indexed (a small fraction), so the check costs one index probe however long the user's history.
CREATE INDEX safety_assessments_sensitive_recent
    ON safety_assessments (user_id, created_at DESC) WHERE sensitive;
