/**
 * The facts of PermenPANRB 14/2017 that the preset, the computation and the reports share: the nine elements (unsur)
 * with their keys and questionnaire columns, and the interval table of grades. Defined here once.
 */

/** A text in Bahasa Indonesia and English. */
export interface Bilingual {
  id: string;
  en: string;
}

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

/** One SKM element: its stable key, its questionnaire column (`U1`–`U9`) and its name. */
export interface IkmElement {
  key: SkmElementKey;
  code: string;
  name: Bilingual;
}

const element = (key: SkmElementKey, code: string, id: string, en: string): IkmElement => ({
  key,
  code,
  name: { id, en },
});

/**
 * The nine elements in the order of the official questionnaire, which puts Sarana dan Prasarana at U8 and Penanganan
 * Pengaduan at U9 (the regulation's scope list has them the other way round; answers are matched by key, never by
 * position).
 */
export const IKM_ELEMENTS: readonly IkmElement[] = [
  element('persyaratan', 'U1', 'Persyaratan', 'Requirements'),
  element('prosedur', 'U2', 'Sistem, Mekanisme, dan Prosedur', 'System, mechanism and procedure'),
  element('waktu', 'U3', 'Waktu Penyelesaian', 'Completion time'),
  element('biaya', 'U4', 'Biaya/Tarif', 'Cost/fee'),
  element('produk', 'U5', 'Produk Spesifikasi Jenis Pelayanan', 'Service product specification'),
  element('kompetensi', 'U6', 'Kompetensi Pelaksana', 'Staff competence'),
  element('perilaku', 'U7', 'Perilaku Pelaksana', 'Staff conduct'),
  element('sarana_prasarana', 'U8', 'Sarana dan Prasarana', 'Facilities and infrastructure'),
  element('pengaduan', 'U9', 'Penanganan Pengaduan, Saran dan Masukan', 'Handling of complaints and suggestions'),
];

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
