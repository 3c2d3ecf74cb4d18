import type { ProblemTerms } from '../localize.js';
import { own } from '../../core/own.js';

const issues: Record<string, (d?: string) => string> = {
  required: () => 'wajib diisi',
  invalid_type: d => `jenis nilai salah (seharusnya ${d})`,
  too_small: d => `terlalu sedikit/kecil (minimal ${d})`,
  too_big: d => `terlalu banyak/besar (maksimal ${d})`,
  invalid_format: () => 'format tidak sesuai (gunakan huruf, angka, _ atau -)',
  unrecognized_keys: d => `kolom tidak dikenal: ${d}`,
  unknownType: d => `jenis pertanyaan tidak dikenal (pilihan: ${d})`,
  invalid_union: () => 'nilai tidak sesuai dengan bentuk yang diizinkan',
  invalid_value: d => `nilai tidak diizinkan (pilihan: ${d})`,
  duplicateId: d => `id pertanyaan "${d}" dipakai lebih dari sekali`,
  laterQuestion: d => `merujuk ke "${d}", yang bukan pertanyaan sebelumnya`,
  unknownQuestion: d => `merujuk ke pertanyaan "${d}" yang tidak ada`,
  minAboveMax: () => 'min tidak boleh lebih besar dari max',
  duplicateOption: () => 'nilai pilihan harus unik',
  noLanguage: () => 'harus berisi paling sedikit satu bahasa',
  tooDeep: d => `all/any/not bersarang terlalu dalam (paling banyak ${d} tingkat)`,
};

export const idProblems: ProblemTerms = {
  $code: 'id',
  definitionIssue: ({ key, detail }) => (own(issues, key) ?? issues.invalid_union)(detail),
  noDefinition:
    'Belum ada definisi survei: isi properti definition, atribut preset atau src, atau JSON di dalam elemen.',
  notJson: 'bukan JSON yang valid',
  unknownPreset: name => `preset "${name}" tidak dikenal`,
};
