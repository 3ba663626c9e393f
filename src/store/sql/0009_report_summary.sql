-- pressdesk schema: the report's summary. Per day and per month received, and per key of
-- every breakdown, the inquiries' counts and a histogram of their answer times, kept by
-- triggers in the same transaction as every write to an inquiry or its topics, so a
-- report adds up a few hundred summary rows instead of reading every inquiry.

-- Summary days are days of one fixed UTC offset: the office's at the time this file was
-- upgraded. A report in any zone (or across a daylight-saving change) takes the summary
-- days that lie wholly inside its period and counts the few hours at either end from the
-- inquiries themselves, so the offset only decides how much is read, never the figures.
CREATE TABLE report_zone (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    offset_secs  INTEGER NOT NULL CHECK (offset_secs BETWEEN -86399 AND 86399)
) STRICT;
INSERT INTO report_zone (id, offset_secs)
    VALUES (1, CAST(strftime('%s', 'now', 'localtime') AS INTEGER)
               - CAST(strftime('%s', 'now') AS INTEGER));

-- What an inquiry's summary rows are made of. Spans: 0 = a day (days since 1970-01-01 at
-- the offset above), 1 = a month (year * 12 + month - 1). Breakdowns: 0 = the whole
-- period, 1 = channel, 2 = priority, 3 = assignee, 4 = outlet (its id), 5 = topic.
CREATE TABLE report_spans (span INTEGER PRIMARY KEY) STRICT;
INSERT INTO report_spans (span) VALUES (0), (1);
CREATE TABLE report_dims (dim INTEGER PRIMARY KEY) STRICT;
INSERT INTO report_dims (dim) VALUES (0), (1), (2), (3), (4);

-- Per span, breakdown, key: how many were received, answered (or closed after an answer),
-- answered on time (by the deadline as it stood at the answer), declined. A key that is
-- not given (no assignee, no outlet) is ''.
CREATE TABLE report_counts (
    span      INTEGER NOT NULL,
    dim       INTEGER NOT NULL,
    at        INTEGER NOT NULL,
    key       TEXT NOT NULL,
    received  INTEGER NOT NULL,
    answered  INTEGER NOT NULL,
    on_time   INTEGER NOT NULL,
    declined  INTEGER NOT NULL,
    PRIMARY KEY (span, dim, at, key)
) STRICT, WITHOUT ROWID;

-- The answered ones per answer time: whole minutes below a day, then rounded down to
-- 15 minutes below 3 days, to the hour below a week, and to the day beyond. Keyed by key
-- first, so one key's rows over a period are one range.
CREATE TABLE report_times (
    span      INTEGER NOT NULL,
    dim       INTEGER NOT NULL,
    key       TEXT NOT NULL,
    at        INTEGER NOT NULL,
    minutes   INTEGER NOT NULL,
    answered  INTEGER NOT NULL,
    PRIMARY KEY (span, dim, key, at, minutes)
) STRICT, WITHOUT ROWID;

-- An inquiry as it stood before an update, for the moment the update's trigger takes
-- its old rows out; empty otherwise. (An AFTER trigger with the old values at hand, not a
-- BEFORE trigger, because a row an UPDATE OR IGNORE skips fires BEFORE triggers only.)
CREATE TABLE report_old (
    id             INTEGER PRIMARY KEY,
    received_at    INTEGER NOT NULL,
    channel        TEXT NOT NULL,
    priority       TEXT NOT NULL,
    assignee       TEXT,
    outlet_id      INTEGER,
    status         TEXT NOT NULL,
    answered_at    INTEGER,
    answer_due_at  INTEGER,
    due_at         INTEGER NOT NULL
) STRICT;

-- The inquiries as they are (side 1), and the one as it was (side 0).
CREATE VIEW report_source AS
SELECT 1 AS side, id, received_at, channel, priority, assignee, outlet_id, status,
       answered_at, answer_due_at, due_at
FROM inquiries
UNION ALL
SELECT 0, id, received_at, channel, priority, assignee, outlet_id, status,
       answered_at, answer_due_at, due_at
FROM report_old;

-- One inquiry's facts as the summary keeps them.
CREATE VIEW report_raw AS
SELECT i.side AS side, i.id AS id,
       (i.received_at + z.offset_secs
        - ((i.received_at + z.offset_secs) % 86400 + 86400) % 86400) / 86400 AS day,
       CASE WHEN i.answered_at IS NOT NULL AND i.status IN ('answered', 'closed')
            THEN max(i.answered_at - i.received_at, 0) / 60 ELSE -1 END AS m,
       (i.answered_at IS NOT NULL AND i.status IN ('answered', 'closed')
        AND i.answered_at <= coalesce(i.answer_due_at, i.due_at)) AS on_time,
       (i.status = 'declined') AS declined,
       i.channel AS channel,
       i.priority AS priority,
       coalesce(i.assignee, '') AS assignee,
       coalesce(CAST(i.outlet_id AS TEXT), '') AS outlet
FROM report_source i JOIN report_zone z;

-- The same per span: its day or month, and the answer time in the histogram's steps.
CREATE VIEW report_spanned AS
SELECT r.side AS side, r.id AS id, s.span AS span,
       CASE s.span WHEN 0 THEN r.day
            ELSE CAST(strftime('%Y', r.day * 86400, 'unixepoch') AS INTEGER) * 12
                 + CAST(strftime('%m', r.day * 86400, 'unixepoch') AS INTEGER) - 1 END AS at,
       CASE WHEN r.m < 1440 THEN r.m
            WHEN r.m < 4320 THEN r.m - r.m % 15
            WHEN r.m < 10080 THEN r.m - r.m % 60
            ELSE r.m - r.m % 1440 END AS minutes,
       r.on_time AS on_time, r.declined AS declined,
       r.channel AS channel, r.priority AS priority, r.assignee AS assignee,
       r.outlet AS outlet
FROM report_raw r JOIN report_spans s;

-- The summary rows an inquiry adds to, but for its topics.
CREATE VIEW report_lines AS
SELECT f.side AS side, f.id AS id, f.span AS span, d.dim AS dim, f.at AS at,
       CASE d.dim WHEN 0 THEN '' WHEN 1 THEN f.channel WHEN 2 THEN f.priority
                  WHEN 3 THEN f.assignee ELSE f.outlet END AS key,
       f.minutes AS minutes, f.on_time AS on_time, f.declined AS declined
FROM report_spanned f JOIN report_dims d;

-- The summary rows an inquiry's topics add to.
CREATE VIEW report_topic_lines AS
SELECT f.side AS side, f.id AS id, f.span AS span, 5 AS dim, f.at AS at, t.topic AS key,
       f.minutes AS minutes, f.on_time AS on_time, f.declined AS declined
FROM report_spanned f JOIN inquiry_topics t ON t.inquiry_id = f.id;

-- The summary of the inquiries already recorded.
INSERT INTO report_counts (span, dim, at, key, received, answered, on_time, declined)
    SELECT span, dim, at, key, count(*), sum(minutes >= 0), sum(on_time), sum(declined)
    FROM report_lines WHERE side = 1 GROUP BY span, dim, at, key;
INSERT INTO report_counts (span, dim, at, key, received, answered, on_time, declined)
    SELECT span, dim, at, key, count(*), sum(minutes >= 0), sum(on_time), sum(declined)
    FROM report_topic_lines WHERE side = 1 GROUP BY span, dim, at, key;
INSERT INTO report_times (span, dim, key, at, minutes, answered)
    SELECT span, dim, key, at, minutes, count(*) FROM report_lines
    WHERE side = 1 AND minutes >= 0 GROUP BY span, dim, key, at, minutes;
INSERT INTO report_times (span, dim, key, at, minutes, answered)
    SELECT span, dim, key, at, minutes, count(*) FROM report_topic_lines
    WHERE side = 1 AND minutes >= 0 GROUP BY span, dim, key, at, minutes;

-- Keeping it: a write takes the inquiry's rows out as they stood and puts them back as
-- they are now, when anything the summary holds changed: a key, the received time,
-- declined or not, the answer's moment if it counts as answered, and the deadline it is
-- judged by. A row that falls to zero stays (finding it again to delete it would cost
-- each write a search); the report skips such rows.
CREATE TRIGGER report_inquiry_added AFTER INSERT ON inquiries
BEGIN
    INSERT INTO report_counts (span, dim, at, key, received, answered, on_time, declined)
        SELECT span, dim, at, key, 1, (minutes >= 0), on_time, declined
        FROM report_lines WHERE side = 1 AND id = NEW.id
        ON CONFLICT DO UPDATE SET received = received + excluded.received,
            answered = answered + excluded.answered, on_time = on_time + excluded.on_time,
            declined = declined + excluded.declined;
    INSERT INTO report_times (span, dim, key, at, minutes, answered)
        SELECT span, dim, key, at, minutes, 1
        FROM report_lines WHERE side = 1 AND id = NEW.id AND minutes >= 0
        ON CONFLICT DO UPDATE SET answered = answered + excluded.answered;
    INSERT INTO report_counts (span, dim, at, key, received, answered, on_time, declined)
        SELECT span, dim, at, key, 1, (minutes >= 0), on_time, declined
        FROM report_topic_lines WHERE side = 1 AND id = NEW.id
        ON CONFLICT DO UPDATE SET received = received + excluded.received,
            answered = answered + excluded.answered, on_time = on_time + excluded.on_time,
            declined = declined + excluded.declined;
    INSERT INTO report_times (span, dim, key, at, minutes, answered)
        SELECT span, dim, key, at, minutes, 1
        FROM report_topic_lines WHERE side = 1 AND id = NEW.id AND minutes >= 0
        ON CONFLICT DO UPDATE SET answered = answered + excluded.answered;
END;

-- Only for the columns that matter, so a statement changing others (the answer's text,
-- when it was settled, who last touched it) does not carry the trigger at all.
CREATE TRIGGER report_inquiry_changed AFTER UPDATE OF received_at, channel, priority,
    assignee, outlet_id, status, answered_at, answer_due_at, due_at ON inquiries
WHEN OLD.id IS NOT NEW.id OR OLD.received_at IS NOT NEW.received_at
  OR OLD.channel IS NOT NEW.channel OR OLD.priority IS NOT NEW.priority
  OR OLD.assignee IS NOT NEW.assignee OR OLD.outlet_id IS NOT NEW.outlet_id
  OR (OLD.status = 'declined') IS NOT (NEW.status = 'declined')
  OR (CASE WHEN OLD.answered_at IS NOT NULL AND OLD.status IN ('answered', 'closed')
           THEN OLD.answered_at END)
     IS NOT (CASE WHEN NEW.answered_at IS NOT NULL AND NEW.status IN ('answered', 'closed')
                  THEN NEW.answered_at END)
  OR (CASE WHEN OLD.answered_at IS NOT NULL AND OLD.status IN ('answered', 'closed')
           THEN coalesce(OLD.answer_due_at, OLD.due_at) END)
     IS NOT (CASE WHEN NEW.answered_at IS NOT NULL AND NEW.status IN ('answered', 'closed')
                  THEN coalesce(NEW.answer_due_at, NEW.due_at) END)
BEGIN
    INSERT INTO report_old (id, received_at, channel, priority, assignee, outlet_id, status,
                            answered_at, answer_due_at, due_at)
        VALUES (OLD.id, OLD.received_at, OLD.channel, OLD.priority, OLD.assignee,
                OLD.outlet_id, OLD.status, OLD.answered_at, OLD.answer_due_at, OLD.due_at);
    INSERT INTO report_counts (span, dim, at, key, received, answered, on_time, declined)
        SELECT span, dim, at, key, -1, -(minutes >= 0), -on_time, -declined
        FROM report_lines WHERE side = 0 AND id = OLD.id
        ON CONFLICT DO UPDATE SET received = received + excluded.received,
            answered = answered + excluded.answered, on_time = on_time + excluded.on_time,
            declined = declined + excluded.declined;
    INSERT INTO report_times (span, dim, key, at, minutes, answered)
        SELECT span, dim, key, at, minutes, -1
        FROM report_lines WHERE side = 0 AND id = OLD.id AND minutes >= 0
        ON CONFLICT DO UPDATE SET answered = answered + excluded.answered;
    INSERT INTO report_counts (span, dim, at, key, received, answered, on_time, declined)
        SELECT span, dim, at, key, -1, -(minutes >= 0), -on_time, -declined
        FROM report_topic_lines WHERE side = 0 AND id = OLD.id
        ON CONFLICT DO UPDATE SET received = received + excluded.received,
            answered = answered + excluded.answered, on_time = on_time + excluded.on_time,
            declined = declined + excluded.declined;
    INSERT INTO report_times (span, dim, key, at, minutes, answered)
        SELECT span, dim, key, at, minutes, -1
        FROM report_topic_lines WHERE side = 0 AND id = OLD.id AND minutes >= 0
        ON CONFLICT DO UPDATE SET answered = answered + excluded.answered;
    DELETE FROM report_old;
    INSERT INTO report_counts (span, dim, at, key, received, answered, on_time, declined)
        SELECT span, dim, at, key, 1, (minutes >= 0), on_time, declined
        FROM report_lines WHERE side = 1 AND id = NEW.id
        ON CONFLICT DO UPDATE SET received = received + excluded.received,
            answered = answered + excluded.answered, on_time = on_time + excluded.on_time,
            declined = declined + excluded.declined;
    INSERT INTO report_times (span, dim, key, at, minutes, answered)
        SELECT span, dim, key, at, minutes, 1
        FROM report_lines WHERE side = 1 AND id = NEW.id AND minutes >= 0
        ON CONFLICT DO UPDATE SET answered = answered + excluded.answered;
    INSERT INTO report_counts (span, dim, at, key, received, answered, on_time, declined)
        SELECT span, dim, at, key, 1, (minutes >= 0), on_time, declined
        FROM report_topic_lines WHERE side = 1 AND id = NEW.id
        ON CONFLICT DO UPDATE SET received = received + excluded.received,
            answered = answered + excluded.answered, on_time = on_time + excluded.on_time,
            declined = declined + excluded.declined;
    INSERT INTO report_times (span, dim, key, at, minutes, answered)
        SELECT span, dim, key, at, minutes, 1
        FROM report_topic_lines WHERE side = 1 AND id = NEW.id AND minutes >= 0
        ON CONFLICT DO UPDATE SET answered = answered + excluded.answered;
END;

-- Its topics go first, through their own trigger, while the inquiry is still there to
-- say what they counted.
CREATE TRIGGER report_inquiry_removed BEFORE DELETE ON inquiries
BEGIN
    DELETE FROM inquiry_topics WHERE inquiry_id = OLD.id;
    INSERT INTO report_counts (span, dim, at, key, received, answered, on_time, declined)
        SELECT span, dim, at, key, -1, -(minutes >= 0), -on_time, -declined
        FROM report_lines WHERE side = 1 AND id = OLD.id
        ON CONFLICT DO UPDATE SET received = received + excluded.received,
            answered = answered + excluded.answered, on_time = on_time + excluded.on_time,
            declined = declined + excluded.declined;
    INSERT INTO report_times (span, dim, key, at, minutes, answered)
        SELECT span, dim, key, at, minutes, -1
        FROM report_lines WHERE side = 1 AND id = OLD.id AND minutes >= 0
        ON CONFLICT DO UPDATE SET answered = answered + excluded.answered;
END;

CREATE TRIGGER report_topic_added AFTER INSERT ON inquiry_topics
BEGIN
    INSERT INTO report_counts (span, dim, at, key, received, answered, on_time, declined)
        SELECT span, 5, at, NEW.topic, 1, (minutes >= 0), on_time, declined
        FROM report_spanned WHERE side = 1 AND id = NEW.inquiry_id
        ON CONFLICT DO UPDATE SET received = received + excluded.received,
            answered = answered + excluded.answered, on_time = on_time + excluded.on_time,
            declined = declined + excluded.declined;
    INSERT INTO report_times (span, dim, key, at, minutes, answered)
        SELECT span, 5, NEW.topic, at, minutes, 1
        FROM report_spanned WHERE side = 1 AND id = NEW.inquiry_id AND minutes >= 0
        ON CONFLICT DO UPDATE SET answered = answered + excluded.answered;
END;

CREATE TRIGGER report_topic_removed AFTER DELETE ON inquiry_topics
BEGIN
    INSERT INTO report_counts (span, dim, at, key, received, answered, on_time, declined)
        SELECT span, 5, at, OLD.topic, -1, -(minutes >= 0), -on_time, -declined
        FROM report_spanned WHERE side = 1 AND id = OLD.inquiry_id
        ON CONFLICT DO UPDATE SET received = received + excluded.received,
            answered = answered + excluded.answered, on_time = on_time + excluded.on_time,
            declined = declined + excluded.declined;
    INSERT INTO report_times (span, dim, key, at, minutes, answered)
        SELECT span, 5, OLD.topic, at, minutes, -1
        FROM report_spanned WHERE side = 1 AND id = OLD.inquiry_id AND minutes >= 0
        ON CONFLICT DO UPDATE SET answered = answered + excluded.answered;
END;

-- A topic renamed or moved to another inquiry in place: out as it was, in as it is.
CREATE TRIGGER report_topic_changed AFTER UPDATE OF inquiry_id, topic ON inquiry_topics
WHEN OLD.inquiry_id IS NOT NEW.inquiry_id OR OLD.topic IS NOT NEW.topic
BEGIN
    INSERT INTO report_counts (span, dim, at, key, received, answered, on_time, declined)
        SELECT span, 5, at, OLD.topic, -1, -(minutes >= 0), -on_time, -declined
        FROM report_spanned WHERE side = 1 AND id = OLD.inquiry_id
        ON CONFLICT DO UPDATE SET received = received + excluded.received,
            answered = answered + excluded.answered, on_time = on_time + excluded.on_time,
            declined = declined + excluded.declined;
    INSERT INTO report_times (span, dim, key, at, minutes, answered)
        SELECT span, 5, OLD.topic, at, minutes, -1
        FROM report_spanned WHERE side = 1 AND id = OLD.inquiry_id AND minutes >= 0
        ON CONFLICT DO UPDATE SET answered = answered + excluded.answered;
    INSERT INTO report_counts (span, dim, at, key, received, answered, on_time, declined)
        SELECT span, 5, at, NEW.topic, 1, (minutes >= 0), on_time, declined
        FROM report_spanned WHERE side = 1 AND id = NEW.inquiry_id
        ON CONFLICT DO UPDATE SET received = received + excluded.received,
            answered = answered + excluded.answered, on_time = on_time + excluded.on_time,
            declined = declined + excluded.declined;
    INSERT INTO report_times (span, dim, key, at, minutes, answered)
        SELECT span, 5, NEW.topic, at, minutes, 1
        FROM report_spanned WHERE side = 1 AND id = NEW.inquiry_id AND minutes >= 0
        ON CONFLICT DO UPDATE SET answered = answered + excluded.answered;
END;

-- "Open at the period's end" reads the period's last week from the report index and,
-- before that, only the inquiries that waited over a week or still wait: this index.
CREATE INDEX inquiries_long_open ON inquiries (
    received_at, channel, priority, assignee, outlet_id, due_at, settled_at
) WHERE settled_at IS NULL OR settled_at > received_at + 604800;
