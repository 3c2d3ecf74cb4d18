import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/konsultasi-report/konsultasi-report.js';
import type { MasukanKonsultasiReport } from '../../src/components/konsultasi-report/konsultasi-report.js';
import { until } from '../helpers/wait.js';

const components = JSON.stringify([
  { id: 'persyaratan', label: { id: 'Persyaratan', en: 'Requirements' } },
  { id: 'biaya', label: 'Biaya/tarif' },
  { id: 'waktu', label: 'Jangka waktu' },
]);
const root = (el: MasukanKonsultasiReport) => el.shadowRoot!;
const all = (el: MasukanKonsultasiReport, selector: string) =>
  [...root(el).querySelectorAll<HTMLElement>(selector)].map(n => n.textContent!.replace(/\s+/g, ' ').trim());
const rows = (el: MasukanKonsultasiReport, selector: string) =>
  [...root(el).querySelectorAll(`${selector} tbody tr`)].map(tr =>
    [...tr.children].map(c => c.textContent!.replace(/\s+/g, ' ').trim()),
  );

async function report(attrs = {} as { lang?: string }) {
  const el = await fixture<MasukanKonsultasiReport>(
    html`<masukan-konsultasi-report
      src="/test/fixtures/results/konsultasi.json"
      components=${components}
      topic="Rancangan Standar Pelayanan Izin Usaha"
      place="Aula DPMPTSP Kota Contoh"
      lang=${attrs.lang ?? 'id'}
    ></masukan-konsultasi-report>`,
  );
  await until(() => root(el).querySelector('.components'), 10000, 'report');
  return el;
}

describe('<masukan-konsultasi-report>', () => {
  it('shows participants by category and agree / needs change per component from a fixture with known totals', async () => {
    const el = await report();
    expect(all(el, '.meta dd')).to.deep.equal([
      'Rancangan Standar Pelayanan Izin Usaha',
      '12 Mar 2026 – 13 Mar 2026',
      'Aula DPMPTSP Kota Contoh',
      '6',
    ]);
    expect(rows(el, '.categories')).to.deep.equal([
      ['Masyarakat pengguna layanan', '3', '50,0%'],
      ['Ahli/praktisi/akademisi', '1', '16,7%'],
      ['Instansi terkait', '0', '0,0%'],
      ['Organisasi masyarakat sipil', '0', '0,0%'],
      ['Media massa', '1', '16,7%'],
      ['Tokoh masyarakat', '0', '0,0%'],
      ['Penyelenggara layanan', '0', '0,0%'],
      ['Tidak diisi', '1', '16,7%'],
    ]);
    expect(rows(el, '.components')).to.deep.equal([
      ['Persyaratan', '5 (83,3%)', '1 (16,7%)', '6'],
      ['Biaya/tarif', '3 (60,0%)', '2 (40,0%)', '5'],
      ['Jangka waktu', '3 (75,0%)', '1 (25,0%)', '4'],
      ['constructor', '1 (100,0%)', '0 (0,0%)', '1'],
    ]);
    expect(all(el, 'details.skipped summary')).to.deep.equal(['1 jawaban tidak valid dilewati']);
    await expect(el).to.be.accessible();
  });

  it('lists every proposal under its component with the participant category, and the comments, as text', async () => {
    const el = await report();
    const groups = [...root(el).querySelectorAll<HTMLElement>('.proposals .component')].map(c => ({
      id: c.dataset.component,
      title: c.querySelector('h4')!.textContent!.trim(),
      items: [...c.querySelectorAll('li')].map(li => [
        li.querySelector('.text')!.textContent,
        li.querySelector('.who')!.textContent,
      ]),
    }));
    expect(groups).to.deep.equal([
      {
        id: 'persyaratan',
        title: 'Persyaratan (1)',
        items: [['Fotokopi KTP cukup satu lembar', 'Masyarakat pengguna layanan']],
      },
      {
        id: 'biaya',
        title: 'Biaya/tarif (2)',
        items: [
          ['Biaya legalisir dihapus', 'Masyarakat pengguna layanan'],
          ['=HYPERLINK("http://x","klik")', 'Ahli/praktisi/akademisi'],
        ],
      },
      { id: 'waktu', title: 'Jangka waktu (1)', items: [['Maksimal 3 hari kerja', 'Masyarakat pengguna layanan']] },
    ]);
    expect(all(el, '.comments .text')).to.deep.equal(['Forum bermanfaat', '<script>alert(1)</script>']);
    expect(root(el).querySelector('script')).to.equal(null);
  });

  it('downloads CSV and switches to English', async () => {
    const el = await report({ lang: 'en' });
    expect(all(el, 'h2')).to.deep.equal(['Public Consultation Results']);
    expect(rows(el, '.components')[0]).to.deep.equal(['Requirements', '5 (83.3%)', '1 (16.7%)', '6']);
    expect(el.toCsv()).to.contain('\r\nbiaya,Biaya/tarif,3,60.0,2,40.0\r\n');
    let link: HTMLAnchorElement | undefined;
    root(el).addEventListener(
      'click',
      event => {
        if (event.target instanceof HTMLAnchorElement) {
          link = event.target;
          event.preventDefault();
        }
      },
      true,
    );
    [...root(el).querySelectorAll('button')].find(b => b.textContent!.includes('CSV'))!.click();
    expect(link!.download).to.equal('konsultasi-publik.csv');
    await expect(el).to.be.accessible();
  });

  it('has the same empty and error states as the IKM report', async () => {
    const empty = await fixture<MasukanKonsultasiReport>(
      html`<masukan-konsultasi-report .responses=${[]}></masukan-konsultasi-report>`,
    );
    expect(all(empty, '.empty')).to.deep.equal(['Belum ada masukan konsultasi publik.']);
    await expect(empty).to.be.accessible();
    const el = document.createElement('masukan-konsultasi-report');
    const event = oneEvent(el, 'masukan-error');
    el.src = '/test/fixtures/results/no-such-file.json';
    document.body.append(el);
    const { detail } = await event;
    expect(detail.error.message).to.contain('HTTP 404');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('tidak dapat dimuat: HTTP 404');
    await expect(el).to.be.accessible();
    el.remove();
  });
});
