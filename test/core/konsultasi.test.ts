import { expect } from '@open-wc/testing';
import { konsultasiCsv, konsultasiResults, STANDAR_PELAYANAN } from '../../src/core/konsultasi/index.js';
import { konsultasi } from '../../src/presets/konsultasi.js';

const load = async () => (await (await fetch('/test/fixtures/results/konsultasi.json')).json()) as unknown[];
const components = [
  { id: 'persyaratan', label: { id: 'Persyaratan', en: 'Requirements' } },
  { id: 'biaya', label: 'Biaya/tarif' },
  { id: 'waktu', label: 'Jangka waktu' },
];

describe('konsultasiResults', () => {
  it('counts participants by category, answers per component and collects proposals and comments', async () => {
    const r = konsultasiResults(await load(), { surveyId: 'konsultasi', components, invalid: 'skip' });
    expect(r.participants).to.equal(6);
    expect(r.ignored).to.equal(1);
    expect(r.issues.map(i => [i.index, i.field])).to.deep.equal([[7, 'answers.persyaratan']]);
    expect(r.categories.map(c => [c.key, c.count])).to.deep.equal([
      ['pengguna_layanan', 3],
      ['ahli', 1],
      ['instansi_terkait', 0],
      ['organisasi_masyarakat', 0],
      ['media', 1],
      ['tokoh_masyarakat', 0],
      ['penyelenggara', 0],
      ['', 1],
    ]);
    expect(r.components.map(c => [c.id, c.agree, c.change, c.answered])).to.deep.equal([
      ['persyaratan', 5, 1, 6],
      ['biaya', 3, 2, 5],
      ['waktu', 3, 1, 4],
      ['constructor', 1, 0, 1], // answered under a key outside the list: listed by key
    ]);
    const proposals = Object.fromEntries(r.components.map(c => [c.id, c.proposals.map(p => [p.category, p.text])]));
    expect(proposals.biaya).to.deep.equal([
      ['pengguna_layanan', 'Biaya legalisir dihapus'],
      ['ahli', '=HYPERLINK("http://x","klik")'],
    ]);
    expect(proposals.persyaratan).to.deep.equal([['pengguna_layanan', 'Fotokopi KTP cukup satu lembar']]);
    expect(proposals.waktu).to.deep.equal([['pengguna_layanan', 'Maksimal 3 hari kerja']]);
    expect(r.comments.map(c => c.text)).to.deep.equal(['Forum bermanfaat', '<script>alert(1)</script>']);
    expect(r.days).to.deep.equal(['2026-03-12', '2026-03-13']);
    const data = await load();
    expect(() => konsultasiResults(data, { components })).to.throw('responses[6].answers.persyaratan');
  });

  it('defaults to the 14 components and names them from the definition', async () => {
    const r = konsultasiResults(await load(), { surveyId: 'konsultasi', invalid: 'skip' });
    expect(r.components.slice(0, 14).map(c => c.id)).to.deep.equal(STANDAR_PELAYANAN.map(c => c.id));
    expect(r.components.find(c => c.id === 'biaya')!.label).to.deep.equal({ id: 'Biaya/tarif', en: 'Cost/fee' });
    const survey = konsultasi({ components: [{ id: 'biaya', label: 'Tarif retribusi' }] });
    const named = konsultasiResults(await load(), { survey, invalid: 'skip', surveyId: 'konsultasi' });
    expect(named.components.map(c => [c.id, c.label])).to.deep.equal([
      ['biaya', 'Tarif retribusi'],
      ['persyaratan', 'persyaratan'],
      ['waktu', 'waktu'],
      ['constructor', 'constructor'],
    ]);
  });

  it('writes CSV with labels next to keys, neutralising formulas', async () => {
    const csv = konsultasiCsv(await load(), { surveyId: 'konsultasi', components, invalid: 'skip', bom: false });
    const lines = csv.split('\r\n');
    expect(lines[0]).to.equal('Kode kategori;Peserta per kategori;Jumlah peserta');
    expect(lines[1]).to.equal('pengguna_layanan;Masyarakat pengguna layanan;3');
    expect(lines).to.include('biaya;Biaya/tarif;3;60,0;2;40,0');
    expect(lines).to.include('No;Tanggal;Kode komponen;Komponen;Kode kategori;Peserta per kategori;Usulan');
    expect(lines).to.include(
      `3;2026-03-13;biaya;Biaya/tarif;ahli;Ahli/praktisi/akademisi;"'=HYPERLINK(""http://x"",""klik"")"`,
    );
    expect(lines).to.include('2;2026-03-13;ahli;Ahli/praktisi/akademisi;<script>alert(1)</script>');
    const en = konsultasiCsv(await load(), { surveyId: 'konsultasi', components, invalid: 'skip', lang: 'en' });
    expect(en).to.contain('\r\npersyaratan,Requirements,5,83.3,1,16.7\r\n');
  });
});
