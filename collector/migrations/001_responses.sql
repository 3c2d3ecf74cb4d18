-- Responses, keyed by the id the device gave them: the primary key is what makes "store once" hold across any
-- number of collector processes. Never updated, never overwritten.
CREATE TABLE responses (
  id uuid PRIMARY KEY,
  survey_id text NOT NULL,
  survey_version jsonb NOT NULL,
  submitted_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  lang text NOT NULL,
  context jsonb NOT NULL,
  answers jsonb NOT NULL,
  -- The write key (site or kiosk) that delivered it, 'open', or 'import:<file>'.
  source text NOT NULL
);

-- Paged reads and period filters (per survey, and across surveys), oldest first.
CREATE INDEX responses_survey_time ON responses (survey_id, submitted_at, id);
CREATE INDEX responses_time ON responses (submitted_at, id);
-- The context keys that reports group and filter by; "service" as serviceOf() in masukan/ikm reads it.
CREATE INDEX responses_service ON responses (survey_id, (coalesce(context ->> 'service', answers ->> 'jenis_layanan', '')));
CREATE INDEX responses_unit ON responses (survey_id, (context ->> 'unit'));
CREATE INDEX responses_counter ON responses (survey_id, (context ->> 'counter'));

-- A known id that arrived again with a different body: answered 409, kept here for a person to look at.
CREATE TABLE response_conflicts (
  seq bigserial PRIMARY KEY,
  response_id uuid NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  body jsonb NOT NULL,
  source text NOT NULL
);
CREATE INDEX response_conflicts_id ON response_conflicts (response_id);

-- Keys: only their SHA-256 is stored. role 'write' may POST responses (only of survey_id when set); 'admin' may
-- also read, export and import.
CREATE TABLE api_keys (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  role text NOT NULL CHECK (role IN ('write', 'admin')),
  survey_id text,
  hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

-- Small facts the collector remembers (for example that the demo seed was loaded).
CREATE TABLE collector_state (
  key text PRIMARY KEY,
  value text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
