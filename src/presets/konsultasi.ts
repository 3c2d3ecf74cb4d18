/**
 * Written input for a Forum Konsultasi Publik (PermenPANRB 16/2017) on a draft service standard (standar pelayanan)
 * or service pledge (maklumat pelayanan): who is responding, then per component "agree" or "needs change" with a
 * proposal, then a general comment.
 */
import type { LocalizedText, Question, Survey } from '../core/schema.js';
import {
  KONSULTASI_KEYS,
  PARTICIPANT_CATEGORIES,
  STANDAR_PELAYANAN,
  type KonsultasiComponent,
} from '../core/konsultasi/facts.js';

export { STANDAR_PELAYANAN, type KonsultasiComponent };

/** Options of `konsultasi()`, also accepted as the `preset-options` JSON attribute. */
export interface KonsultasiOptions {
  /** Title. Default "Konsultasi Publik Rancangan Standar Pelayanan" / "Public Consultation on the Draft Service Standard". */
  title?: LocalizedText;
  /** Introduction under the title, e.g. which service and until when. */
  description?: LocalizedText;
  /** The components to respond to. Default: the 14 components of a standar pelayanan (PermenPANRB 15/2014). */
  components?: KonsultasiComponent[];
}

const bi = (id: string, en: string): LocalizedText => ({ id, en });

/** "Usulan perubahan: Persyaratan" in every language the label has. */
const proposal = (label: LocalizedText): LocalizedText => {
  const words = bi('Usulan perubahan: ', 'Proposed change: ') as Record<string, string>;
  if (typeof label === 'string') return bi(words.id + label, words.en + label);
  return Object.fromEntries(Object.entries(label).map(([lang, text]) => [lang, (words[lang] ?? words.id) + text]));
};

/**
 * Public consultation on a draft standar pelayanan or maklumat pelayanan (`id` `konsultasi`). Answer keys:
 * `kategori` (participant group), per component `<id>` (`setuju` or `perlu_perubahan`) and, only with
 * `perlu_perubahan`, the required `<id>_usulan` text; `komentar` (optional general comment).
 */
export function konsultasi(options?: KonsultasiOptions): Survey {
  const o = (options || {}) as Record<string, unknown>;
  const given = Array.isArray(o.components) ? (o.components as KonsultasiComponent[]).filter(c => c?.id) : [];
  const questions: Question[] = [
    {
      id: KONSULTASI_KEYS.category,
      type: 'single',
      label: bi('Anda memberi masukan sebagai', 'You are responding as'),
      required: true,
      options: PARTICIPANT_CATEGORIES.map(({ value, label }) => ({ value, label: { ...label } })),
    },
  ];
  for (const { id, label, text } of given.length ? given : STANDAR_PELAYANAN)
    questions.push(
      {
        id,
        type: 'single',
        label,
        help: text,
        required: true,
        options: [
          { value: KONSULTASI_KEYS.agree, label: bi('Setuju', 'Agree') },
          { value: KONSULTASI_KEYS.change, label: bi('Perlu perubahan', 'Needs change') },
        ],
      },
      {
        id: id + KONSULTASI_KEYS.proposalSuffix,
        type: 'textarea',
        label: proposal(label),
        required: true,
        maxLength: 1000,
        showIf: { question: id, equals: KONSULTASI_KEYS.change },
      },
    );
  questions.push({
    id: KONSULTASI_KEYS.comment,
    type: 'textarea',
    label: bi('Komentar umum', 'General comments'),
    maxLength: 2000,
  });
  return {
    id: 'konsultasi',
    version: '2017.1',
    title:
      (o.title as LocalizedText) ||
      bi('Konsultasi Publik Rancangan Standar Pelayanan', 'Public Consultation on the Draft Service Standard'),
    description: o.description as LocalizedText | undefined,
    pages: [{ questions }],
  };
}
