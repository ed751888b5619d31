CREATE TABLE users (
    id             uuid PRIMARY KEY,
    phone          varchar(10)  NOT NULL,
    name           varchar(100),
    email          varchar(254),
    avatar_url     varchar(2048),
    language       varchar(10)  NOT NULL DEFAULT 'en',
    phone_verified boolean      NOT NULL DEFAULT false,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    version        bigint       NOT NULL DEFAULT 0,
    CONSTRAINT users_phone_format CHECK (phone ~ '^[6-9][0-9]{9}$')
);
CREATE UNIQUE INDEX users_phone_key ON users (phone);

-- A session is one login on one device: a family of refresh tokens.
CREATE TABLE sessions (
    id             uuid PRIMARY KEY,
    user_id        uuid         NOT NULL REFERENCES users (id),
    device_info    text,
    user_agent     varchar(512),
    created_at     timestamptz  NOT NULL,
    last_used_at   timestamptz  NOT NULL,
    expires_at     timestamptz  NOT NULL,
    revoked_at     timestamptz,
    revoked_reason varchar(32)
);
CREATE INDEX sessions_user_active ON sessions (user_id, created_at) WHERE revoked_at IS NULL;

-- Refresh tokens are stored as SHA-256 hashes; generation 0 is the one handed out at login.
CREATE TABLE refresh_tokens (
    token_hash  varchar(64)  PRIMARY KEY,
    session_id  uuid         NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    generation  integer      NOT NULL,
    created_at  timestamptz  NOT NULL,
    rotated_at  timestamptz,
    CONSTRAINT refresh_tokens_generation_key UNIQUE (session_id, generation)
);
