-- When the user last completed an OTP login; every such login opens a session, so the
-- existing rows take the start of their latest session.
ALTER TABLE users ADD COLUMN last_login_at timestamptz;

UPDATE users u
SET last_login_at = s.latest
FROM (SELECT user_id, max(created_at) AS latest FROM sessions GROUP BY user_id) s
WHERE s.user_id = u.id;
