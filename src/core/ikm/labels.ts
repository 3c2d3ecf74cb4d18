/**
 * Labels of stored keys, for reports and CSV: services and coded answers are shown by their label, from the survey
 * definition, a `serviceLabels` map or the profile codes of the official form. A key without a label is shown as
 * itself: two keys are never merged by guessing.
 */
import { localize } from '../engine.js';
import type { LocalizedText, Survey } from '../schema.js';
import { translation } from '../../i18n/registry.js';
import type { IkmTerms } from '../../i18n/ikm.js';
import { EDUCATION_LEVELS, GENDERS, OCCUPATIONS, PROFILE_FIELDS, type ProfileCode } from './facts.js';
import './terms.js';

/** Where labels come from. */
export interface LabelOptions {
  /**
   * The survey definition: the option labels of its questions name the stored values, its question labels name the
   * free-text columns, and its `text`/`textarea` questions are the free texts.
   */
  survey?: Survey;
  /** Display names of service keys (`{ "ktp": "KTP elektronik" }`); they win over the survey's. */
  serviceLabels?: Record<string, string>;
  /** The answer id of the service question. Default `jenis_layanan`. */
  serviceId?: string;
}

/** Looks labels up in one language. */
export interface Labeller {
  /** The label of a service key, or the key. */
  service(key: string): string;
  /** The label of a coded answer (`L` → "Laki-laki"), or the value itself. */
  answer(questionId: string, value: string): string;
  /** The label of a question: from the definition, else the name of a profile or free-text question, else the id. */
  question(id: string): string;
  /** The free-text questions: from the definition, else `perbaikan` and `saran`. */
  textIds: readonly string[];
}

const fromCodes = (list: readonly ProfileCode[]) => new Map<string, LocalizedText>(list.map(c => [c.code, c.label]));

/** The official profile codes, used when the definition does not label a profile answer. */
const profileLabels = new Map<string, Map<string, LocalizedText>>([
  [PROFILE_FIELDS.gender, fromCodes(GENDERS)],
  [PROFILE_FIELDS.education, fromCodes(EDUCATION_LEVELS)],
  [PROFILE_FIELDS.occupation, fromCodes(OCCUPATIONS)],
]);

/** The labeller for `lang`. */
export function labeller(options: LabelOptions, lang: string): Labeller {
  const questions = new Map<string, LocalizedText>();
  const optionLabels = new Map<string, Map<string, LocalizedText>>();
  const textIds: string[] = [];
  for (const page of options.survey?.pages ?? [])
    for (const q of page.questions) {
      questions.set(q.id, q.label);
      if ('options' in q) optionLabels.set(q.id, new Map(q.options.map(o => [String(o.value), o.label])));
      if ((q.type === 'text' || q.type === 'textarea') && q.id !== PROFILE_FIELDS.occupationOther) textIds.push(q.id);
    }
  const t = translation<IkmTerms>(lang);
  const names = new Map<string, string>([
    [PROFILE_FIELDS.gender, t.ikmGender],
    [PROFILE_FIELDS.age, t.ikmAge],
    [PROFILE_FIELDS.education, t.ikmEducation],
    [PROFILE_FIELDS.occupation, t.ikmOccupation],
    ['perbaikan', t.ikmTextQuestions.perbaikan],
    ['saran', t.ikmTextQuestions.saran],
  ]);
  const serviceLabels = options.serviceLabels ?? {};
  const serviceId = options.serviceId ?? PROFILE_FIELDS.service;
  const answer = (questionId: string, value: string) => {
    const label = optionLabels.get(questionId)?.get(value) ?? profileLabels.get(questionId)?.get(value);
    return label === undefined ? value : localize(label, lang);
  };
  return {
    service: key => (Object.hasOwn(serviceLabels, key) ? String(serviceLabels[key]) : answer(serviceId, key)),
    answer,
    question: id => {
      const label = questions.get(id);
      return label === undefined ? (names.get(id) ?? id) : localize(label, lang);
    },
    textIds: options.survey ? textIds : ['perbaikan', 'saran'],
  };
}
