// The survey of issue 12, once for Masukan and once for SurveyJS: one page with the SKM profile (optional), a dropdown
// of 80 services, the nine required 4-point SKM ratings and one comment. The Masukan definition is the real `skm`
// preset (from the built ESM files in dist/); the SurveyJS JSON is derived from it question by question, so both ask
// the same questions with the same Indonesian texts and answer keys.
import { skm, SKM_ELEMENTS } from '../../dist/presets/index.js';

/** 80 services of a one-stop service office (Mal Pelayanan Publik): stable keys, Indonesian names. */
const SERVICES = [
  ['ktp_el', 'Kartu Tanda Penduduk Elektronik (KTP-el)'],
  ['kartu_keluarga', 'Kartu Keluarga (KK)'],
  ['kia', 'Kartu Identitas Anak (KIA)'],
  ['akta_kelahiran', 'Akta Kelahiran'],
  ['akta_kematian', 'Akta Kematian'],
  ['akta_perkawinan', 'Akta Perkawinan'],
  ['akta_perceraian', 'Akta Perceraian'],
  ['pindah_datang', 'Surat Keterangan Pindah Datang'],
  ['pindah_keluar', 'Surat Keterangan Pindah Keluar'],
  ['legalisasi_adminduk', 'Legalisasi Dokumen Kependudukan'],
  ['nib', 'Nomor Induk Berusaha (NIB)'],
  ['pbg', 'Persetujuan Bangunan Gedung (PBG)'],
  ['slf', 'Sertifikat Laik Fungsi (SLF)'],
  ['kkpr', 'Kesesuaian Kegiatan Pemanfaatan Ruang (KKPR)'],
  ['izin_reklame', 'Izin Penyelenggaraan Reklame'],
  ['sip_dokter', 'Surat Izin Praktik Dokter'],
  ['sip_dokter_gigi', 'Surat Izin Praktik Dokter Gigi'],
  ['sip_bidan', 'Surat Izin Praktik Bidan'],
  ['sip_perawat', 'Surat Izin Praktik Perawat'],
  ['sip_apoteker', 'Surat Izin Praktik Apoteker'],
  ['izin_apotek', 'Izin Apotek'],
  ['izin_klinik', 'Izin Operasional Klinik'],
  ['izin_laboratorium', 'Izin Laboratorium Klinik'],
  ['izin_optik', 'Izin Optikal'],
  ['spp_irt', 'Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)'],
  ['slhs', 'Sertifikat Laik Higiene Sanitasi'],
  ['izin_paud', 'Izin Pendirian PAUD'],
  ['izin_sekolah_swasta', 'Izin Operasional Sekolah Swasta'],
  ['izin_lkp', 'Izin Lembaga Kursus dan Pelatihan'],
  ['tdup', 'Tanda Daftar Usaha Pariwisata (TDUP)'],
  ['izin_trayek', 'Izin Trayek Angkutan Umum'],
  ['uji_kir', 'Uji Berkala Kendaraan Bermotor (KIR)'],
  ['andalalin', 'Persetujuan Analisis Dampak Lalu Lintas (Andalalin)'],
  ['amdal', 'Persetujuan Lingkungan (AMDAL)'],
  ['ukl_upl', 'Rekomendasi UKL-UPL'],
  ['sppl', 'Surat Pernyataan Pengelolaan Lingkungan (SPPL)'],
  ['limbah_b3', 'Izin Penyimpanan Sementara Limbah B3'],
  ['pbb_mutasi', 'Mutasi Objek Pajak PBB-P2'],
  ['pbb_salinan', 'Salinan SPPT PBB-P2'],
  ['bphtb', 'Validasi BPHTB'],
  ['pajak_restoran', 'Pendaftaran Wajib Pajak Restoran'],
  ['pajak_hotel', 'Pendaftaran Wajib Pajak Hotel'],
  ['pajak_reklame', 'Penetapan Pajak Reklame'],
  ['retribusi_sampah', 'Retribusi Pelayanan Persampahan'],
  ['kartu_pencari_kerja', 'Kartu Pencari Kerja (AK/I)'],
  ['izin_lpk', 'Izin Lembaga Pelatihan Kerja'],
  ['wajib_lapor', 'Wajib Lapor Ketenagakerjaan Perusahaan'],
  ['peraturan_perusahaan', 'Pengesahan Peraturan Perusahaan'],
  ['lks', 'Pendaftaran Lembaga Kesejahteraan Sosial'],
  ['dtks', 'Pendaftaran Data Terpadu Kesejahteraan Sosial (DTKS)'],
  ['sktm', 'Surat Keterangan Tidak Mampu'],
  ['pbi_jk', 'Pengusulan Peserta PBI Jaminan Kesehatan'],
  ['skck', 'Surat Keterangan Catatan Kepolisian (SKCK)'],
  ['paspor', 'Permohonan Paspor'],
  ['sim', 'Perpanjangan Surat Izin Mengemudi (SIM)'],
  ['samsat', 'Pembayaran Pajak Kendaraan Bermotor (Samsat)'],
  ['npwp', 'Pendaftaran NPWP'],
  ['bpjs_kesehatan', 'Pendaftaran BPJS Kesehatan'],
  ['bpjs_ketenagakerjaan', 'Pendaftaran BPJS Ketenagakerjaan'],
  ['pendaftaran_tanah', 'Pendaftaran Tanah Pertama Kali'],
  ['roya', 'Roya Hak Tanggungan'],
  ['cek_sertifikat', 'Pengecekan Sertifikat Tanah'],
  ['sertifikasi_halal', 'Pendampingan Sertifikasi Halal'],
  ['merek', 'Pendaftaran Merek'],
  ['legalisir_ijazah', 'Legalisir Ijazah'],
  ['pendaftaran_nikah', 'Pendaftaran Nikah'],
  ['pendaftaran_haji', 'Pendaftaran Haji'],
  ['sambungan_air', 'Sambungan Baru Air Minum (PDAM)'],
  ['pasang_listrik', 'Pasang Baru Listrik'],
  ['sku', 'Surat Keterangan Usaha'],
  ['iumk', 'Izin Usaha Mikro dan Kecil (IUMK)'],
  ['izin_penelitian', 'Rekomendasi Izin Penelitian'],
  ['izin_keramaian', 'Izin Keramaian'],
  ['izin_pemakaman', 'Izin Pemakaman'],
  ['proteksi_kebakaran', 'Rekomendasi Sistem Proteksi Kebakaran'],
  ['tera_ulang', 'Tera Ulang Alat Ukur (UTTP)'],
  ['kios_pasar', 'Izin Penempatan Kios Pasar'],
  ['informasi_publik', 'Permohonan Informasi Publik (PPID)'],
  ['konsultasi_perizinan', 'Konsultasi Perizinan'],
  ['pengaduan', 'Pengaduan Pelayanan Publik'],
];

/** The answer keys of the nine rating questions, in order (the SKM elements). */
export const RATING_KEYS = [...SKM_ELEMENTS];

/** The SKM preset on one page, its profile questions optional (a benchmark answers only the nine ratings). */
function masukanDefinition() {
  const preset = skm({
    services: SERVICES.map(([value, label]) => ({ value, label })),
    followUp: false,
  });
  const [profile, opinions] = preset.pages;
  const optional = profile.questions.map(question => ({ ...question, required: false }));
  return { ...preset, pages: [{ questions: [...optional, ...opinions.questions] }] };
}

/** The survey as `<masukan-survey>` takes it. */
export const definition = masukanDefinition();

/** Indonesian text of a Masukan language map (or a plain string). */
const id = text => (typeof text === 'string' ? text : text?.id);

const choices = options => options.map(option => ({ value: option.value, text: id(option.label) }));

/** One Masukan question as the SurveyJS element that asks the same. */
function surveyJsElement(question) {
  const common = { name: question.id, title: id(question.label), isRequired: question.required === true };
  if (question.showIf) common.visibleIf = `{${question.showIf.question}} = '${question.showIf.equals}'`;
  switch (question.type) {
    case 'single':
      return { ...common, type: 'radiogroup', choices: choices(question.options) };
    case 'select':
      return { ...common, type: 'dropdown', choices: choices(question.options) };
    case 'rating':
      return { ...common, type: 'rating', displayMode: 'buttons', rateValues: choices(question.options) };
    case 'number':
      return {
        ...common,
        title: `${common.title} (${id(question.unit)})`,
        type: 'text',
        inputType: 'number',
        min: question.min,
        max: question.max,
      };
    case 'text':
      return { ...common, type: 'text', maxLength: question.maxLength };
    case 'textarea':
      return { ...common, type: 'comment', maxLength: question.maxLength };
    default:
      throw new Error(`no SurveyJS element for question type ${question.type}`);
  }
}

/** The same survey as SurveyJS JSON, with its Indonesian UI strings (`locale: 'id'`, from survey-core/i18n). */
export const surveyJsJson = {
  locale: 'id',
  title: id(definition.title),
  description: id(definition.description),
  pages: [{ name: 'halaman1', elements: definition.pages[0].questions.map(surveyJsElement) }],
};

/** The answers the benchmark taps: option i % 4 of the i-th rating, so each of the four positions is tapped. */
export const expectedAnswers = Object.fromEntries(RATING_KEYS.map((key, i) => [key, (i % 4) + 1]));
