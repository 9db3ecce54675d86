-- The relay skips a row while an earlier row of the same key waits for its retry. Only a row that has failed
-- waits (attempts > 0), so this small partial index answers that check without reading the whole backlog.
CREATE INDEX outbox_message_retrying ON outbox_message (topic, message_key, seq)
    WHERE parked_at IS NULL AND attempts > 0;
