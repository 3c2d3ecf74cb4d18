/**
 * Written input for a Forum Konsultasi Publik (PermenPANRB 16/2017) on a draft service standard (standar pelayanan)
 * or service pledge (maklumat pelayanan): who is responding, then per component "agree" or "needs change" with a
 * proposal, then a general comment.
 */
import type { LocalizedText, Question, Survey } from '../core/schema.js';

/** One part of the draft that participants respond to. */
export interface KonsultasiComponent {
  /** Stable answer key (letters, digits, `_`, `-`). The proposal is stored under `<id>_usulan`. */
  id: string;
  /** Name shown to participants. */
  label: LocalizedText;
  /** The draft wording of this component, shown under its name. */
  text?: LocalizedText;
}

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

/** The 14 standar pelayanan components: 6 on service delivery, then 8 on service management (PermenPANRB 15/2014). */
export const STANDAR_PELAYANAN: KonsultasiComponent[] = (
  [
    ['persyaratan', 'Persyaratan', 'Requirements'],
    ['prosedur', 'Sistem, mekanisme, dan prosedur', 'System, mechanism and procedure'],
    ['waktu', 'Jangka waktu pelayanan', 'Service time'],
    ['biaya', 'Biaya/tarif', 'Cost/fee'],
    ['produk', 'Produk pelayanan', 'Service product'],
    ['pengaduan', 'Penanganan pengaduan, saran, dan masukan', 'Handling of complaints, suggestions and feedback'],
    ['dasar_hukum', 'Dasar hukum', 'Legal basis'],
    ['sarana_prasarana', 'Sarana, prasarana, dan/atau fasilitas', 'Facilities and infrastructure'],
    ['kompetensi', 'Kompetensi pelaksana', 'Staff competence'],
    ['pengawasan', 'Pengawasan internal', 'Internal supervision'],
    ['jumlah_pelaksana', 'Jumlah pelaksana', 'Number of staff'],
    ['jaminan', 'Jaminan pelayanan', 'Service guarantee'],
    ['keamanan', 'Jaminan keamanan dan keselamatan pelayanan', 'Security and safety guarantee'],
    ['evaluasi', 'Evaluasi kinerja pelaksana', 'Staff performance evaluation'],
  ] as const
).map(([id, label, en]) => ({ id, label: bi(label, en) }));

// Participant groups of an FKP (skm.md §3): stable value, Indonesian and English label.
const categories = [
  ['pengguna_layanan', 'Masyarakat pengguna layanan', 'Service user'],
  ['ahli', 'Ahli/praktisi/akademisi', 'Expert/practitioner/academic'],
  ['instansi_terkait', 'Instansi terkait', 'Related government agency'],
  ['organisasi_masyarakat', 'Organisasi masyarakat sipil', 'Civil society organisation'],
  ['media', 'Media massa', 'Mass media'],
  ['tokoh_masyarakat', 'Tokoh masyarakat', 'Community leader'],
  ['penyelenggara', 'Penyelenggara layanan', 'Service provider'],
];

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
      id: 'kategori',
      type: 'single',
      label: bi('Anda memberi masukan sebagai', 'You are responding as'),
      required: true,
      options: categories.map(([value, id, en]) => ({ value, label: bi(id, en) })),
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
          { value: 'setuju', label: bi('Setuju', 'Agree') },
          { value: 'perlu_perubahan', label: bi('Perlu perubahan', 'Needs change') },
        ],
      },
      {
        id: `${id}_usulan`,
        type: 'textarea',
        label: proposal(label),
        required: true,
        maxLength: 1000,
        showIf: { question: id, equals: 'perlu_perubahan' },
      },
    );
  questions.push({
    id: 'komentar',
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
