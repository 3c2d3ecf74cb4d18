/**
 * The community satisfaction survey (Survei Kepuasan Masyarakat) of PermenPANRB 14/2017: the respondent profile of
 * the official form, the nine elements (unsur) with their own 4-point labels, and optional free text.
 */
import type { LocalizedText, Option, Question, Survey } from '../core/schema.js';
import {
  EDUCATION_EXTENSIONS,
  EDUCATION_LEVELS,
  GENDERS,
  LOW_SCORE,
  OCCUPATIONS,
  SKM_ELEMENT_KEYS,
  PROFILE_FIELDS,
  type ProfileCode,
  type SkmElementKey,
} from '../core/ikm/facts.js';

/** Profile questions `skm` can ask; they appear in the order of the official form. */
export type SkmProfileField = 'jenis_kelamin' | 'usia' | 'pendidikan' | 'pekerjaan';

/**
 * Options of `skm()`, also accepted as the `preset-options` JSON attribute. Switches and `profile` of the wrong type
 * fall back to their defaults; a bad `title` or service is reported by `parseSurvey` with its path.
 */
export interface SkmOptions {
  /** Survey title. Default "Survei Kepuasan Masyarakat" / "Community Satisfaction Survey". */
  title?: LocalizedText;
  /** Profile questions to ask. Default all four; `[]` asks none. `jenis_layanan` is governed by `services`. */
  profile?: SkmProfileField[];
  /**
   * Services to choose from in `jenis_layanan` (a dropdown): strings, or `{ value, label }` with a stable value.
   * Without services the question is left out; put a fixed service in the page's `context` (`{"service": "KTP"}`).
   */
  services?: (string | Option)[];
  /** Adds "Tidak sekolah", "D1–D3" and "D4" to the six official levels of education. Default false. */
  extendedEducation?: boolean;
  /** Asks "Apa yang perlu diperbaiki?" (`perbaikan`) when any element is rated 1 or 2. Default true. */
  followUp?: boolean;
  /** Shows the optional `saran` text at the end. Default true. */
  saran?: boolean;
}

/** The answer key of an SKM element: a semantic key, so answers never depend on question positions. */
export type SkmElement = SkmElementKey;

const bi = (id: string, en: string): LocalizedText => ({ id, en });
/** Options from the profile codes of `masukan/ikm`, the one list the computation and the reports also use. */
const choices = (list: readonly ProfileCode[]) => list.map(({ code, label }) => ({ value: code, label: { ...label } }));
/** The common scale "Tidak x / Kurang x / X / Sangat x" in both languages. */
const scale = (x: string, y: string) => [
  [`Tidak ${x}`, `Kurang ${x}`, x[0].toUpperCase() + x.slice(1), `Sangat ${x}`],
  [`Not ${y}`, `Less ${y}`, y[0].toUpperCase() + y.slice(1), `Very ${y}`],
];
const sesuai = scale('sesuai', 'appropriate');

// The official questions (Lampiran PermenPANRB 14/2017) with their answer labels a–d, scored 1–4.
const questions: Record<SkmElement, [string, string, string[][]]> = {
  persyaratan: [
    'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
    'How well do the service requirements match the type of service?',
    sesuai,
  ],
  prosedur: [
    'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
    'How easy was the service procedure at this unit?',
    scale('mudah', 'easy'),
  ],
  waktu: [
    'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
    'How fast was the service delivered?',
    scale('cepat', 'fast'),
  ],
  biaya: [
    'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
    'How reasonable was the fee/charge for the service?',
    [
      ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'],
      ['Very expensive', 'Fairly expensive', 'Inexpensive', 'Free'],
    ],
  ],
  produk: [
    'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
    'How well did the service output you received match what the service standard promises?',
    sesuai,
  ],
  kompetensi: [
    'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
    'How competent/capable were the service staff?',
    scale('kompeten', 'competent'),
  ],
  perilaku: [
    'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
    'How polite and friendly were the service staff?',
    scale('sopan dan ramah', 'polite and friendly'),
  ],
  sarana_prasarana: [
    'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
    'How do you rate the quality of the facilities and infrastructure?',
    [
      ['Buruk', 'Cukup', 'Baik', 'Sangat baik'],
      ['Poor', 'Fair', 'Good', 'Very good'],
    ],
  ],
  pengaduan: [
    'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
    'How are complaints from service users handled?',
    [
      ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'],
      ['None', 'Exists but not functioning', 'Functioning but not optimal', 'Well managed'],
    ],
  ],
};

/** The answer keys of the nine SKM elements, in questionnaire order (U1–U9: U8 sarana, U9 pengaduan). */
export const SKM_ELEMENTS: readonly SkmElement[] = SKM_ELEMENT_KEYS;

/**
 * The SKM survey of PermenPANRB 14/2017 (`id` `skm`). Answer keys: `jenis_kelamin` (`L`/`P`), `usia` (whole years),
 * `pendidikan` (`SD` … `S3`), `pekerjaan` (`PNS`, `TNI`, `POLRI`, `SWASTA`, `WIRAUSAHA`, `LAINNYA`) with
 * `pekerjaan_lainnya`, `jenis_layanan`, the nine elements of `SKM_ELEMENTS` (1–4, all required), `perbaikan` and
 * `saran` (optional text).
 */
export function skm(options?: SkmOptions): Survey {
  const o = (options || {}) as Record<string, unknown>;
  const asked = Array.isArray(o.profile) ? o.profile : ['jenis_kelamin', 'usia', 'pendidikan', 'pekerjaan'];
  // Services: a string is both value and label; an object keeps its `value` and `label` (parseSurvey checks them).
  const services = (Array.isArray(o.services) ? (o.services as unknown[]) : []).flatMap(s =>
    typeof s === 'string'
      ? [{ value: s, label: s }]
      : s && typeof s === 'object'
        ? [{ value: (s as Option).value, label: (s as Option).label }]
        : [],
  );
  const required = true;
  // The profile of the official form, in its order; `pekerjaan_lainnya` goes with `pekerjaan`.
  const profile = (
    [
      {
        id: PROFILE_FIELDS.gender,
        type: 'single',
        label: bi('Jenis kelamin', 'Gender'),
        required,
        options: choices(GENDERS),
      },
      {
        id: PROFILE_FIELDS.age,
        type: 'number',
        label: bi('Usia', 'Age'),
        required,
        integer: true,
        min: 10,
        max: 100,
        unit: bi('tahun', 'years'),
      },
      {
        id: PROFILE_FIELDS.education,
        type: 'single',
        label: bi('Pendidikan terakhir', 'Highest education'),
        required,
        options: choices(
          EDUCATION_LEVELS.filter(l => o.extendedEducation === true || !EDUCATION_EXTENSIONS.includes(l.code)),
        ),
      },
      {
        id: PROFILE_FIELDS.occupation,
        type: 'single',
        label: bi('Pekerjaan', 'Occupation'),
        required,
        options: choices(OCCUPATIONS),
      },
      {
        id: PROFILE_FIELDS.occupationOther,
        type: 'text',
        label: bi('Sebutkan pekerjaan Anda', 'Please specify your occupation'),
        maxLength: 100,
        showIf: { question: 'pekerjaan', equals: 'LAINNYA' },
      },
    ] satisfies Question[]
  ).filter(q => asked.includes(q.id.replace('_lainnya', ''))) as Question[];
  if (services.length)
    profile.push({
      id: PROFILE_FIELDS.service,
      type: 'select',
      label: bi('Jenis layanan yang diterima', 'Service received'),
      required,
      options: services,
    });

  const opinions: Question[] = SKM_ELEMENTS.map(key => {
    const [id, en, [labelsId, labelsEn]] = questions[key];
    return {
      id: key,
      type: 'rating',
      label: bi(id, en),
      required,
      faces: true,
      options: labelsId.map((id, v) => ({ value: v + 1, label: bi(id, labelsEn[v]) })),
    };
  });
  const text = (id: string, label: LocalizedText): Question => ({ id, type: 'textarea', label, maxLength: 1000 });
  if (o.followUp !== false)
    opinions.push({
      ...text('perbaikan', bi('Apa yang perlu diperbaiki?', 'What should be improved?')),
      showIf: { any: SKM_ELEMENTS.map(question => ({ question, lte: LOW_SCORE })) },
    });
  if (o.saran !== false) opinions.push(text('saran', bi('Saran dan masukan', 'Suggestions and feedback')));

  const pages = [{ title: bi('Pendapat Anda tentang pelayanan', 'Your opinion of the service'), questions: opinions }];
  if (profile.length) pages.unshift({ title: bi('Profil responden', 'About you'), questions: profile });
  return {
    id: 'skm',
    version: '2017.1',
    title: (o.title as LocalizedText) || bi('Survei Kepuasan Masyarakat', 'Community Satisfaction Survey'),
    description: bi(
      'Survei ini tidak menanyakan nama atau nomor identitas Anda.',
      'This survey does not ask for your name or identity number.',
    ),
    pages,
  };
}
