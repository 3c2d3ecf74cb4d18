// Writes demo/seed-responses.json: about 300 made-up SKM responses over the 12 months before --end (default
// 2026-11-30), for a fictional Mal Pelayanan Publik, so that the demo report is not empty, and the written input of
// one Forum Konsultasi Publik (24 `konsultasi` responses) for the consultation report. Deterministic: the same
// arguments always give the same file (seeded PRNG, fixed end date). Every response has context.channel 'demo-seed'.
// The element keys come from the built package (run `npm run build` first); the service keys and labels below are
// the ones demo/index.html offers and demo/report.html names (test/bundle/demo.test.ts checks they agree).
//
//   node scripts/seed.mjs [--end=YYYY-MM-DD] [--count=300] [--out=demo/seed-responses.json]
import { writeFileSync } from 'node:fs';

const { SKM_ELEMENT_KEYS: ELEMENTS } = await import('../dist/core/ikm/index.js').catch(() => {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
});

const args = Object.fromEntries(process.argv.slice(2).map(a => a.replace(/^--/, '').split('=')));
const end = new Date(`${args.end ?? '2026-11-30'}T23:59:59+07:00`);
const count = Number(args.count ?? 300);
const out = args.out ?? new URL('../demo/seed-responses.json', import.meta.url);

/** mulberry32: a small seeded PRNG. */
let seed = 0x5e3d2026;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = weighted => {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [value, w] of weighted) if ((r -= w) < 0) return value;
  return weighted[weighted.length - 1][0];
};
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
/**
 * A UUID (the collector's key) that reads as demo data: 5eed<kind>-0000-4000-8000-<number><random>, kind 0000 for
 * the SKM responses and 0001 for the forum's.
 */
const seedId = (kind, n) =>
  `5eed${kind}-0000-4000-8000-${String(n).padStart(6, '0')}${Math.floor(random() * 0xffffff)
    .toString(16)
    .padStart(6, '0')}`;

// Per-element offsets from a service's level: waiting time and complaint handling score lower, staff conduct higher.
const offset = { waktu: -0.35, pengaduan: -0.3, sarana_prasarana: -0.1, perilaku: 0.15, kompetensi: 0.1 };

// Service value, label, relative volume, quality level (mean score), free of charge, counters.
const services = [
  ['ktp', 'KTP elektronik', 30, 3.45, true, ['loket-1', 'loket-2']],
  ['kk', 'Kartu Keluarga', 20, 3.35, true, ['loket-1', 'loket-2']],
  ['akta_kelahiran', 'Akta Kelahiran', 15, 3.3, true, ['loket-3']],
  ['nib', 'Izin Usaha (NIB)', 15, 3.25, true, ['loket-4']],
  ['pbg', 'Persetujuan Bangunan Gedung', 8, 2.75, false, ['loket-5']],
  ['skck', 'SKCK', 12, 3.1, false, ['loket-6']],
];

const lainnya = ['Ibu rumah tangga', 'Pelajar/Mahasiswa', 'Petani', 'Nelayan', 'Pensiunan', 'Buruh harian'];
const saran = [
  'Antrean mohon dipercepat.',
  'Petugas ramah dan membantu.',
  'Ruang tunggu panas, mohon ditambah kipas angin.',
  'Informasi persyaratan sebaiknya dipasang di depan loket.',
  'Pelayanan sudah baik, pertahankan.',
  'Tempat parkir kurang luas.',
  'Mohon disediakan kursi prioritas untuk lansia.',
];

const DAY = 86400000;
const start = end.getTime() - 365 * DAY;
const responses = [];
for (let i = 0; i < count; i++) {
  // More responses in recent months (the survey kiosk was added mid-year), office hours 08–16 WIB on weekdays.
  let t;
  do {
    const day = Math.floor(Math.pow(random(), 0.75) * 365);
    const minutes = 8 * 60 + Math.floor(random() * 8 * 60);
    t = start + day * DAY - (start % DAY) + (minutes - 7 * 60) * 60000 + Math.floor(random() * 60000);
  } while ([0, 6].includes(new Date(t + 7 * 3600000).getUTCDay()) || t > end.getTime());
  const [service, , , level, free, counters] = pick(services.map(s => [s, s[2]]));
  const mood = normal() * 0.35;
  const answers = {};
  answers.jenis_kelamin = pick([
    ['L', 48],
    ['P', 52],
  ]);
  answers.usia = Math.round(clamp(18 + Math.abs(normal()) * 20 + random() * 12, 17, 78));
  answers.pendidikan = pick([
    ['SD', 8],
    ['SMP', 12],
    ['SMA', 44],
    ['S1', 29],
    ['S2', 6],
    ['S3', 1],
  ]);
  answers.pekerjaan = pick([
    ['PNS', 10],
    ['TNI', 2],
    ['POLRI', 2],
    ['SWASTA', 34],
    ['WIRAUSAHA', 30],
    ['LAINNYA', 22],
  ]);
  if (answers.pekerjaan === 'LAINNYA') answers.pekerjaan_lainnya = lainnya[Math.floor(random() * lainnya.length)];
  const kiosk = random() < 0.6;
  if (!kiosk) answers.jenis_layanan = service;
  for (const key of ELEMENTS) {
    const x =
      key === 'biaya' && free
        ? random() < 0.93
          ? 4
          : 3
        : level + (offset[key] ?? 0) + mood + normal() * 0.5 + (key === 'biaya' ? 0.2 : 0);
    answers[key] = clamp(Math.round(x), 1, 4);
  }
  if (ELEMENTS.some(k => answers[k] <= 2) && random() < 0.5) answers.perbaikan = saran[Math.floor(random() * 4)];
  if (random() < 0.3) answers.saran = saran[Math.floor(random() * saran.length)];
  const context = { agency: 'Mal Pelayanan Publik Kota Contoh', channel: 'demo-seed' };
  if (kiosk) Object.assign(context, { service, counter: counters[Math.floor(random() * counters.length)] });
  responses.push({
    id: seedId('0000', i + 1),
    surveyId: 'skm',
    surveyVersion: '2017.1',
    submittedAt: new Date(t).toISOString(),
    lang: random() < 0.9 ? 'id' : 'en',
    context,
    answers,
  });
}
// One Forum Konsultasi Publik on the draft standar pelayanan of the NIB service, on the morning of --end's last
// Thursday: 24 participants answering four components.
const forum = new Date(end.getTime() - ((end.getUTCDay() + 3) % 7) * DAY);
const forumDay = forum.toISOString().slice(0, 10);
const components = ['persyaratan', 'prosedur', 'waktu', 'biaya'];
const proposals = {
  persyaratan: ['Fotokopi KTP cukup satu lembar.', 'Surat domisili tidak perlu lagi bila alamat sesuai KTP.'],
  prosedur: ['Pendaftaran bisa sepenuhnya daring.', 'Tambahkan alur untuk usaha mikro.'],
  waktu: ['Maksimal 3 hari kerja.', 'Cantumkan waktu untuk berkas yang kurang.'],
  biaya: ['Tegaskan bahwa layanan ini gratis di semua loket.'],
};
const categories = [
  ['pengguna_layanan', 10],
  ['ahli', 2],
  ['instansi_terkait', 3],
  ['organisasi_masyarakat', 3],
  ['media', 2],
  ['tokoh_masyarakat', 2],
  ['penyelenggara', 2],
];
const comments = [
  'Forum seperti ini perlu diadakan setiap tahun.',
  'Mohon hasil forum diumumkan di papan informasi.',
  'Standar pelayanan perlu versi huruf besar untuk lansia.',
];
for (let i = 0; i < 24; i++) {
  const answers = { kategori: pick(categories) };
  for (const c of components) {
    const needsChange = random() < (c === 'waktu' ? 0.45 : 0.2);
    answers[c] = needsChange ? 'perlu_perubahan' : 'setuju';
    if (needsChange) answers[`${c}_usulan`] = proposals[c][Math.floor(random() * proposals[c].length)];
  }
  if (random() < 0.25) answers.komentar = comments[Math.floor(random() * comments.length)];
  const minutes = 9 * 60 + Math.floor(random() * 150);
  responses.push({
    id: seedId('0001', i + 1),
    surveyId: 'konsultasi',
    surveyVersion: '2017.1',
    submittedAt: new Date(Date.parse(`${forumDay}T00:00:00+07:00`) + minutes * 60000).toISOString(),
    lang: 'id',
    context: { agency: 'Mal Pelayanan Publik Kota Contoh', channel: 'demo-seed', forum: 'fkp-sp-nib' },
    answers,
  });
}
responses.sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
writeFileSync(out, `[\n${responses.map(r => JSON.stringify(r)).join(',\n')}\n]\n`);
console.log(`Wrote ${responses.length} responses to ${out instanceof URL ? out.pathname : out}`);
