// The collector's SQL: storing responses exactly once, paged reads, free-text answers, IKM tallies, CSV rows and
// keys. Every function takes the database first; none keeps state, so any number of processes can share a server.
import { createHash, randomBytes } from 'node:crypto';
import { SKM_ELEMENTS } from './surveys.mjs';

const iso = column => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
/** The cursor keeps microseconds, so that no row between two pages is skipped. */
const isoMicro = column => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The service of a response, as `serviceOf` in masukan/ikm reads it: context.service, else answers.jenis_layanan. */
export const SERVICE = `coalesce(context ->> 'service', answers ->> 'jenis_layanan', '')`;

const INPUT = `jsonb_array_elements($1::jsonb) WITH ORDINALITY AS input(e, i)`;

/**
 * Stores responses (already checked) that are not stored yet, in one statement. For each, in order: 'stored' (new,
 * committed when this resolves), 'duplicate' (the id exists with the same body) or 'conflict' (the id exists with
 * a different body: nothing is overwritten, the body is kept in response_conflicts). Throws when the database fails;
 * then nothing of this call is acknowledged.
 * @returns {Promise<('stored' | 'duplicate' | 'conflict')[]>}
 */
export async function storeResponses(db, responses, source) {
  const outcomes = new Array(responses.length);
  // The first copy of each id is offered for insertion; later copies in the same batch are repeats.
  const first = new Map();
  responses.forEach((r, i) => first.has(r.id.toLowerCase()) || first.set(r.id.toLowerCase(), i));
  const offered = [...first.values()].map(i => responses[i]);
  const { rows } = await db.query(
    `INSERT INTO responses (id, survey_id, survey_version, submitted_at, lang, context, answers, source)
     SELECT (e->>'id')::uuid, e->>'surveyId', e->'surveyVersion', (e->>'submittedAt')::timestamptz, e->>'lang',
            e->'context', e->'answers', $2
     FROM ${INPUT}
     ON CONFLICT (id) DO NOTHING
     RETURNING id::text`,
    [JSON.stringify(offered), source],
  );
  const inserted = new Set(rows.map(r => r.id));
  const repeats = [];
  responses.forEach((r, i) => {
    if (first.get(r.id.toLowerCase()) === i && inserted.has(r.id.toLowerCase())) outcomes[i] = 'stored';
    else repeats.push(i);
  });
  if (!repeats.length) return outcomes;
  // A new statement sees rows that other processes committed meanwhile (READ COMMITTED).
  const { rows: compared } = await db.query(
    `SELECT input.i::int AS i,
            (r.survey_id = e->>'surveyId' AND r.survey_version = e->'surveyVersion'
             AND r.submitted_at = (e->>'submittedAt')::timestamptz AND r.lang = e->>'lang'
             AND r.context = e->'context' AND r.answers = e->'answers') AS same
     FROM ${INPUT} JOIN responses r ON r.id = (e->>'id')::uuid`,
    [JSON.stringify(repeats.map(i => responses[i]))],
  );
  const conflicts = [];
  for (const { i, same } of compared) {
    const index = repeats[i - 1];
    outcomes[index] = same ? 'duplicate' : 'conflict';
    if (!same) conflicts.push(responses[index]);
  }
  if (conflicts.length)
    await db.query(
      `INSERT INTO response_conflicts (response_id, body, source)
       SELECT (e->>'id')::uuid, e, $2 FROM ${INPUT}`,
      [JSON.stringify(conflicts), source],
    );
  return outcomes;
}

// ---------------------------------------------------------------------------------------------------------------
// Reads. Filters: survey, from (inclusive), to (exclusive) on submittedAt; dates without a time are midnight in tz.

/** Builds `WHERE …` and its parameters from the common filters, numbering parameters after `params`. */
function where(filters, params, extra = []) {
  const clauses = [...extra];
  const add = value => (params.push(value), `$${params.length}`);
  if (filters.survey !== undefined) clauses.push(`survey_id = ${add(filters.survey)}`);
  for (const [bound, op] of [
    ['from', '>='],
    ['to', '<'],
  ]) {
    const value = filters[bound];
    if (value === undefined) continue;
    clauses.push(
      /^\d{4}-\d\d-\d\d$/.test(value)
        ? `submitted_at ${op} (${add(value)}::timestamp AT TIME ZONE ${add(filters.tz)})`
        : `submitted_at ${op} ${add(value)}::timestamptz`,
    );
  }
  if (filters.service !== undefined) clauses.push(`${SERVICE} = ${add(filters.service)}`);
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
}

/** Cursors are opaque to clients: base64url of the last row's sort key. */
export const encodeCursor = parts => Buffer.from(JSON.stringify(parts)).toString('base64url');
export function decodeCursor(text, length) {
  try {
    const parts = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(parts) && parts.length === length && parts.every(p => typeof p === 'string')) return parts;
  } catch {
    /* below */
  }
  return undefined;
}

/**
 * One page of responses, oldest submittedAt first, each with its `receivedAt`.
 * @returns {Promise<{ items: object[], next: string | null }>}
 */
export async function readResponses(db, filters, { cursor, limit }) {
  const params = [];
  const after = cursor
    ? [`(submitted_at, id) > ($${params.push(cursor[0])}::timestamptz, $${params.push(cursor[1])}::uuid)`]
    : [];
  const { rows } = await db.query(
    `SELECT id::text, survey_id AS "surveyId", survey_version AS "surveyVersion", ${iso('submitted_at')} AS "submittedAt",
            lang, context, answers, ${iso('received_at')} AS "receivedAt", ${isoMicro('submitted_at')} AS at
     FROM responses ${where(filters, params, after)}
     ORDER BY submitted_at, id LIMIT ${limit + 1}`,
    params,
  );
  return pageOf(rows, limit, r => [r.at, r.id]);
}

/**
 * A page from rows read with LIMIT limit + 1 (each with its sort key in `at`): the items without `at`, and the
 * cursor after the last one when there are more.
 */
function pageOf(rows, limit, cursorOf) {
  const page = rows.slice(0, limit);
  return {
    items: page.map(({ at, ...item }) => item),
    next: rows.length > limit ? encodeCursor(cursorOf(page.at(-1))) : null,
  };
}

/**
 * One page of free-text answers (`questions`), oldest first, optionally containing `q` (case-insensitive), each
 * with the response's service and its SKM element scores.
 */
export async function readTexts(db, filters, { questions, q, cursor, limit }) {
  const params = [questions];
  const extra = [`t.key = ANY($1::text[])`, `jsonb_typeof(t.value) = 'string'`, `t.value #>> '{}' <> ''`];
  if (q) extra.push(`strpos(lower(t.value #>> '{}'), lower($${params.push(q)})) > 0`);
  if (cursor)
    extra.push(
      `(submitted_at, id, t.key) > ($${params.push(cursor[0])}::timestamptz, $${params.push(cursor[1])}::uuid, $${params.push(cursor[2])})`,
    );
  const scores = SKM_ELEMENTS.map(e => `'${e}', answers -> '${e}'`).join(', ');
  const { rows } = await db.query(
    `SELECT id::text, ${iso('submitted_at')} AS "submittedAt", ${SERVICE} AS service, t.key AS question,
            t.value #>> '{}' AS text, jsonb_strip_nulls(jsonb_build_object(${scores})) AS ratings,
            ${isoMicro('submitted_at')} AS at
     FROM responses CROSS JOIN LATERAL jsonb_each(answers) AS t(key, value)
     ${where(filters, params, extra)}
     ORDER BY submitted_at, id, t.key LIMIT ${limit + 1}`,
    params,
  );
  return pageOf(rows, limit, r => [r.at, r.id, r.question]);
}

// ---------------------------------------------------------------------------------------------------------------
// IKM tallies

/**
 * Group keys of GET /api/ikm: the SQL of each (`tz()` gives the time zone's parameter). Periods use the same keys as
 * periodKey() in masukan/ikm.
 */
const local = tz => `(submitted_at AT TIME ZONE ${tz()})`;
export const GROUPS = {
  service: () => SERVICE,
  unit: () => `coalesce(context ->> 'unit', '')`,
  counter: () => `coalesce(context ->> 'counter', '')`,
  month: tz => `to_char(${local(tz)}, 'YYYY-MM')`,
  quarter: tz => `to_char(${local(tz)}, 'YYYY-"Q"Q')`,
  semester: tz =>
    `to_char(${local(tz)}, 'YYYY-"S"') || CASE WHEN extract(month FROM ${local(tz)}) <= 6 THEN 1 ELSE 2 END`,
  year: tz => `to_char(${local(tz)}, 'YYYY')`,
};

/** Sorted as computeIkmBy sorts groups: numerically where keys are numbers, the empty key last. */
const byKey = ({ key: a }, { key: b }) =>
  !a || !b ? (a ? -1 : b ? 1 : 0) : a.localeCompare(b, undefined, { numeric: true });

/**
 * Per element: how many responses gave it a score on the SKM scale (`n`) and their sum; `respondents` counts the
 * responses with at least one such score. With `group`, the same per group key, in one pass over the rows.
 * @returns {Promise<{ total: object, groups: object[] }>}
 */
export async function ikmTallies(db, filters, group) {
  const params = [];
  // skm_scores: the element scores on the SKM scale, null where missing or off the scale (migration 002).
  const columns = SKM_ELEMENTS.map(
    (e, i) => `count(skm_scores[${i + 1}])::int AS n${i}, coalesce(sum(skm_scores[${i + 1}]), 0)::float8 AS sum${i}`,
  );
  const conditions = where(filters, params);
  let tz;
  const key = group ? GROUPS[group](() => (tz ??= `$${params.push(filters.tz)}`)) : `''`;
  const { rows } = await db.query(
    `SELECT ${group ? 'grouping(g)::int AS total, g' : "1 AS total, ''"} AS key,
            count(*) FILTER (WHERE num_nonnulls(VARIADIC skm_scores) > 0)::int AS respondents, ${columns.join(', ')}
     FROM (SELECT ${key} AS g, skm_scores FROM responses ${conditions}) AS scored
     GROUP BY ${group ? 'GROUPING SETS ((g), ())' : '()'}`,
    params,
  );
  const tally = r => ({
    respondents: r.respondents,
    elements: Object.fromEntries(SKM_ELEMENTS.map((e, i) => [e, { n: r[`n${i}`], sum: r[`sum${i}`] }])),
  });
  const empty = {
    respondents: 0,
    ...Object.fromEntries(
      SKM_ELEMENTS.flatMap((e, i) => [
        [`n${i}`, 0],
        [`sum${i}`, 0],
      ]),
    ),
  };
  return {
    total: tally(rows.find(r => r.total === 1) ?? empty),
    groups: rows
      .filter(r => r.total === 0)
      .map(r => ({ key: r.key, ...tally(r) }))
      .sort(byKey),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// CSV export: the distinct context and answer keys first (for the header), then rows page by page.

export async function exportColumns(db, filters) {
  const params = [];
  const { rows } = await db.query(
    `SELECT 'c' AS kind, k FROM (SELECT DISTINCT jsonb_object_keys(context) AS k FROM responses ${where(filters, params)}) c
     UNION ALL
     SELECT 'a', k FROM (SELECT DISTINCT jsonb_object_keys(answers) AS k FROM responses ${where(filters, params)}) a`,
    params,
  );
  const keys = kind =>
    rows
      .filter(r => r.kind === kind)
      .map(r => r.k)
      .sort();
  return { context: keys('c'), answers: keys('a') };
}

// ---------------------------------------------------------------------------------------------------------------
// Keys

const sha256 = key => createHash('sha256').update(key).digest('hex');

/**
 * Creates a key and returns it: it is shown once and only its hash is stored. `survey` restricts a write key to
 * one survey id.
 * @param {{ name: string, role: 'write' | 'admin', survey?: string }} key
 */
export async function createKey(db, { name, role, survey }) {
  const key = `mk_${randomBytes(24).toString('base64url')}`;
  await db.query('INSERT INTO api_keys (name, role, survey_id, hash) VALUES ($1, $2, $3, $4)', [
    name,
    role,
    survey ?? null,
    sha256(key),
  ]);
  return key;
}

/** The active key with this secret, or undefined. */
export async function findKey(db, key) {
  const { rows } = await db.query(
    'SELECT name, role, survey_id AS survey FROM api_keys WHERE hash = $1 AND revoked_at IS NULL',
    [sha256(key)],
  );
  return rows[0];
}

export async function listKeys(db) {
  const { rows } = await db.query(
    `SELECT name, role, survey_id AS survey, ${iso('created_at')} AS created, ${iso('revoked_at')} AS revoked
     FROM api_keys ORDER BY id`,
  );
  return rows;
}

/** Revokes a key by name; true when there was an active one. */
export async function revokeKey(db, name) {
  const { rowCount } = await db.query('UPDATE api_keys SET revoked_at = now() WHERE name = $1 AND revoked_at IS NULL', [
    name,
  ]);
  return rowCount > 0;
}

// ---------------------------------------------------------------------------------------------------------------
// State

export async function readState(db, key) {
  const { rows } = await db.query('SELECT value FROM collector_state WHERE key = $1', [key]);
  return rows[0]?.value;
}

export async function writeState(db, key, value) {
  await db.query(
    `INSERT INTO collector_state (key, value) VALUES ($1, $2)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()`,
    [key, value],
  );
}
