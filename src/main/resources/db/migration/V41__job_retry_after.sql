-- A job re-queued after a transient failure waits until retry_after (epoch milliseconds) before a
-- worker may claim it again: the retry policy's backoff.
ALTER TABLE jobs ADD COLUMN retry_after BIGINT;
