// What the collector knows about surveys, taken from the widget package (one definition of each fact): the response
// format (`SurveyResponse`), and the presets whose rating scales it enforces (`skm`: the nine elements scored 1–4).
import * as z from 'zod/mini';

const widget = async path =>
  import(path).catch(error => {
    throw new Error(`${path} could not be loaded (${error.message}): run \`npm run build\` in the masukan package.`);
  });
const [{ SurveyResponse }, { skm, konsultasi }, { SKM_ELEMENT_KEYS: SKM_ELEMENTS }] = await Promise.all([
  widget('masukan/schema'),
  widget('masukan/presets'),
  widget('masukan/ikm'),
]);

export { SurveyResponse, SKM_ELEMENTS };

// Readable English messages for the 400 answers (zod/mini ships none by default).
z.config(z.locales.en());

/** A survey the collector enforces: for each rating question, the values its scale allows. */
export function surveyRules(survey) {
  const questions = survey.pages.flatMap(page => page.questions);
  return {
    id: survey.id,
    ratings: new Map(
      questions.filter(q => q.type === 'rating').map(q => [q.id, new Set(q.options.map(option => option.value))]),
    ),
    /** Questions answered in the citizen's own words. */
    texts: questions.filter(q => q.type === 'text' || q.type === 'textarea').map(q => q.id),
    /** Answer ids in questionnaire order, for CSV columns. */
    order: questions.map(q => q.id),
  };
}

/** The presets shipped with the widget package, by survey id. More can be added with the `surveys` option. */
export const builtInSurveys = () => [skm(), konsultasi()].map(surveyRules);

/** The scores that count in an IKM tally: the values of the SKM preset's rating scale (1–4). */
export const SKM_SCORES = [...surveyRules(skm()).ratings.get(SKM_ELEMENTS[0])].filter(Number.isInteger);

/** "answers.usia: Invalid input; lang: Invalid input" — short enough for a log line or a failed-entry reason. */
function describe(error) {
  return error.issues
    .slice(0, 5)
    .map(issue => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
    .join('; ');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The first string (key or value) PostgreSQL's jsonb cannot hold: a NUL character or a lone surrogate. */
function unstorableText(value, path = '') {
  if (typeof value === 'string') return value.includes('\0') || !value.isWellFormed() ? path || '(body)' : undefined;
  if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      const inner = `${path ? path + '.' : ''}${key}`;
      const found = unstorableText(key, inner) ?? unstorableText(item, inner);
      if (found) return found;
    }
  return undefined;
}

/**
 * Checks one response body. Returns `{ response }`, or `{ status, error }` with 400 (not a response in the format)
 * or 422 (a response, but outside the rules of a survey the collector knows, such as an SKM score of 7 or "4").
 * @param {Map<string, ReturnType<typeof surveyRules>>} known
 */
export function checkResponse(body, known) {
  const result = z.safeParse(SurveyResponse, body);
  if (!result.success) return { status: 400, error: `Not a valid survey response: ${describe(result.error)}` };
  const response = result.data;
  if (!UUID.test(response.id)) return { status: 400, error: 'id: expected a UUID (as crypto.randomUUID() makes)' };
  const bad = unstorableText(response);
  if (bad) return { status: 400, error: `${bad}: text holds a NUL character or a lone surrogate` };
  const rules = known.get(response.surveyId);
  for (const [id, allowed] of rules?.ratings ?? []) {
    const value = response.answers[id];
    if (value !== undefined && !(typeof value === 'number' && allowed.has(value)))
      return {
        status: 422,
        error: `answers.${id}: ${JSON.stringify(value)} is not on the scale of survey "${rules.id}" (${[...allowed].join(', ')})`,
      };
  }
  return { response };
}
