-- Alerts, escalation and the expert's own deadline.

-- When the expert's comment is due (by default halfway to the answer's deadline).
ALTER TABLE inquiries ADD COLUMN expert_due_at INTEGER;
-- The escalation level reached (0 = none) and the team member it went to.
ALTER TABLE inquiries ADD COLUMN escalation_level INTEGER NOT NULL DEFAULT 0;
ALTER TABLE inquiries ADD COLUMN escalated_to TEXT;

CREATE INDEX inquiries_open_by_expert_due ON inquiries (expert_due_at)
    WHERE status IN ('new', 'in_progress', 'waiting') AND expert_due_at IS NOT NULL;
CREATE INDEX inquiries_open_escalated_to ON inquiries (escalated_to)
    WHERE status IN ('new', 'in_progress', 'waiting') AND escalated_to IS NOT NULL;

-- Each alert fires once for each inquiry and deadline, whichever process claims it first:
-- the claim is this row, inserted inside the write transaction that decides to fire.
CREATE TABLE alert_events (
    inquiry_id    INTEGER NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
    event         TEXT NOT NULL CHECK (event IN ('due_soon', 'overdue', 'escalated',
                                                 'expert_due_soon', 'expert_overdue')),
    level         INTEGER NOT NULL DEFAULT 0,  -- the escalation level; 0 for the others
    due_at        INTEGER NOT NULL,            -- the deadline it was about: a moved one fires anew
    claimed_at    INTEGER NOT NULL,
    claimed_by    TEXT NOT NULL,
    -- 'pending' while the hook runs, then 'delivered', 'failed', 'no_hook' or 'stale'
    -- (noticed too long after the moment to be worth telling anyone).
    outcome       TEXT NOT NULL DEFAULT 'pending',
    attempts      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT,
    finished_at   INTEGER,
    PRIMARY KEY (inquiry_id, event, level, due_at)
) STRICT;

-- A person's changes over a period, newest first (the audit command).
CREATE INDEX audit_by_who ON audit (who, at);
CREATE INDEX audit_by_at ON audit (at);
