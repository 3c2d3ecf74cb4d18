/**
 * The facts of PermenPANRB 14/2017 that the preset, the computation and the reports share: the nine elements (unsur)
 * with their keys and questionnaire columns, and the interval table of grades. Defined here once.
 */

/** A text in Bahasa Indonesia and English (a `LocalizedText` of the survey schema). */
export type Bilingual = { id: string; en: string };

/** The semantic key of one of the nine SKM elements (unsur). */
export type SkmElementKey =
  | 'persyaratan'
  | 'prosedur'
  | 'waktu'
  | 'biaya'
  | 'produk'
  | 'kompetensi'
  | 'perilaku'
  | 'sarana_prasarana'
  | 'pengaduan';

/** The keys of the nine elements in questionnaire order (U1–U9): the answer ids of the `skm` preset. */
export const SKM_ELEMENT_KEYS: readonly SkmElementKey[] = [
  'persyaratan',
  'prosedur',
  'waktu',
  'biaya',
  'produk',
  'kompetensi',
  'perilaku',
  'sarana_prasarana',
  'pengaduan',
];

/** One SKM element: its stable key, its questionnaire column (`U1`–`U9`) and its name. */
export interface IkmElement {
  key: SkmElementKey;
  code: string;
  name: Bilingual;
}

const names: [id: string, en: string][] = [
  ['Persyaratan', 'Requirements'],
  ['Sistem, Mekanisme, dan Prosedur', 'System, mechanism and procedure'],
  ['Waktu Penyelesaian', 'Completion time'],
  ['Biaya/Tarif', 'Cost/fee'],
  ['Produk Spesifikasi Jenis Pelayanan', 'Service product specification'],
  ['Kompetensi Pelaksana', 'Staff competence'],
  ['Perilaku Pelaksana', 'Staff conduct'],
  ['Sarana dan Prasarana', 'Facilities and infrastructure'],
  ['Penanganan Pengaduan, Saran dan Masukan', 'Handling of complaints and suggestions'],
];

/**
 * The nine elements in the order of the official questionnaire, which puts Sarana dan Prasarana at U8 and Penanganan
 * Pengaduan at U9 (the regulation's scope list has them the other way round; answers are matched by key, never by
 * position).
 */
// Marked pure so that bundles using only the keys (the preset) leave the names out.
export const IKM_ELEMENTS: readonly IkmElement[] = /* @__PURE__ */ SKM_ELEMENT_KEYS.map((key, i) => ({
  key,
  code: `U${i + 1}`,
  name: { id: names[i][0], en: names[i][1] },
}));

/** Service quality grade (mutu pelayanan). */
export type Mutu = 'A' | 'B' | 'C' | 'D';

/** One row of the interval table: `min` is the lower bound of the NIK in hundredths (8831 = 88.31). */
export interface IkmGrade {
  mutu: Mutu;
  min: number;
  kinerja: Bilingual;
}

/** The interval table of PermenPANRB 14/2017 on the NIK scale (25–100), best grade first. */
export const IKM_GRADES: readonly IkmGrade[] = [
  { mutu: 'A', min: 8831, kinerja: { id: 'Sangat baik', en: 'Very good' } },
  { mutu: 'B', min: 7661, kinerja: { id: 'Baik', en: 'Good' } },
  { mutu: 'C', min: 6500, kinerja: { id: 'Kurang baik', en: 'Below standard' } },
  { mutu: 'D', min: 0, kinerja: { id: 'Tidak baik', en: 'Poor' } },
];

/** The grade of a NIK value given in hundredths, already rounded (8403 for 84.03). */
export function gradeOf(nikHundredths: number): IkmGrade {
  return IKM_GRADES.find(g => nikHundredths >= g.min)!;
}

/** A coded answer of the respondent profile: the stored code and its label. */
export interface ProfileCode {
  code: string;
  label: Bilingual;
}

const codes = (list: [string, string, string][]): ProfileCode[] =>
  list.map(([code, id, en]) => ({ code, label: { id, en } }));

/** Answer ids of the profile questions of the official form (and of the `skm` preset). */
export const PROFILE_FIELDS = {
  gender: 'jenis_kelamin',
  age: 'usia',
  education: 'pendidikan',
  occupation: 'pekerjaan',
  occupationOther: 'pekerjaan_lainnya',
  service: 'jenis_layanan',
} as const;

/** Jenis kelamin of the official form. */
export const GENDERS: readonly ProfileCode[] = codes([
  ['L', 'Laki-laki', 'Male'],
  ['P', 'Perempuan', 'Female'],
]);

/**
 * Levels of education in their order: the six official ones (SD, SMP, SMA, S1, S2, S3) and three common local
 * extensions (`EDUCATION_EXTENSIONS`), which the preset asks only with `extendedEducation`.
 */
export const EDUCATION_LEVELS: readonly ProfileCode[] = codes([
  ['TIDAK_SEKOLAH', 'Tidak sekolah', 'No schooling'],
  ['SD', 'SD', 'Primary school (SD)'],
  ['SMP', 'SMP', 'Junior high school (SMP)'],
  ['SMA', 'SMA', 'Senior high school (SMA)'],
  ['D1_D3', 'D1–D3', 'Diploma (D1–D3)'],
  ['D4', 'D4', 'Applied bachelor (D4)'],
  ['S1', 'S1', "Bachelor's degree (S1)"],
  ['S2', 'S2', "Master's degree (S2)"],
  ['S3', 'S3', 'Doctorate (S3)'],
]);

/** The education levels that are not on the official form. */
export const EDUCATION_EXTENSIONS: readonly string[] = ['TIDAK_SEKOLAH', 'D1_D3', 'D4'];

/** Pekerjaan of the official form; `LAINNYA` comes with a free text (`pekerjaan_lainnya`). */
export const OCCUPATIONS: readonly ProfileCode[] = codes([
  ['PNS', 'PNS', 'Civil servant (PNS)'],
  ['TNI', 'TNI', 'Military (TNI)'],
  ['POLRI', 'POLRI', 'Police (POLRI)'],
  ['SWASTA', 'Swasta', 'Private sector'],
  ['WIRAUSAHA', 'Wirausaha', 'Self-employed'],
  ['LAINNYA', 'Lainnya', 'Other'],
]);

/** The score from which an element rating counts as low (1 and 2: the preset then asks what to improve). */
export const LOW_SCORE = 2;
