/**
 * The facts of a Forum Konsultasi Publik (PermenPANRB 16/2017) that the preset, the results and the report share:
 * the components of a standar pelayanan, the participant groups and the answer values. Defined here once.
 */
import type { LocalizedText } from '../schema.js';

/** One part of the draft that participants respond to. */
export interface KonsultasiComponent {
  /** Stable answer key (letters, digits, `_`, `-`). The proposal is stored under `<id>_usulan`. */
  id: string;
  /** Name shown to participants. */
  label: LocalizedText;
  /** The draft wording of this component, shown under its name. */
  text?: LocalizedText;
}

const bi = (id: string, en: string) => ({ id, en });

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

/** One participant group of an FKP: its stored value and label. */
export interface ParticipantCategory {
  value: string;
  label: { id: string; en: string };
}

/** The participant groups of an FKP (skm.md §3), in the order reports list them. */
export const PARTICIPANT_CATEGORIES: readonly ParticipantCategory[] = (
  [
    ['pengguna_layanan', 'Masyarakat pengguna layanan', 'Service user'],
    ['ahli', 'Ahli/praktisi/akademisi', 'Expert/practitioner/academic'],
    ['instansi_terkait', 'Instansi terkait', 'Related government agency'],
    ['organisasi_masyarakat', 'Organisasi masyarakat sipil', 'Civil society organisation'],
    ['media', 'Media massa', 'Mass media'],
    ['tokoh_masyarakat', 'Tokoh masyarakat', 'Community leader'],
    ['penyelenggara', 'Penyelenggara layanan', 'Service provider'],
  ] as const
).map(([value, id, en]) => ({ value, label: bi(id, en) }));

/** Answer ids and values of the `konsultasi` preset. */
export const KONSULTASI_KEYS = {
  /** The participant group question. */
  category: 'kategori',
  /** The general comment. */
  comment: 'komentar',
  /** The answer of a component that participants agree with. */
  agree: 'setuju',
  /** The answer of a component that needs change; a proposal follows. */
  change: 'perlu_perubahan',
  /** The proposal of component `x` is stored under `x` + this suffix. */
  proposalSuffix: '_usulan',
} as const;
