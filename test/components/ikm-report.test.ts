import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/ikm-report/ikm-report.js';
import type { MasukanIkmReport } from '../../src/components/ikm-report/ikm-report.js';
import { computeIkm, computeIkmBy, IKM_ELEMENTS, ikmCsv, type IkmResult } from '../../src/core/ikm/index.js';
import type { SurveyResponse } from '../../src/core/schema.js';
import { skmResponse } from '../helpers/responses.js';

const KEYS = IKM_ELEMENTS.map(e => e.key);
const response = skmResponse;

/** EX1 of skm.md (84.03, B), spread over two services and two quarters (one response is April in Jakarta). */
const ex1 = () => [
  response([4, 4, 4, 4, 4, 4, 4, 4, 4], {
    context: { service: 'ktp' },
    answers: { jenis_kelamin: 'L', usia: 34, pendidikan: 'S1', pekerjaan: 'PNS' },
  }),
  response([3, 3, 3, 4, 3, 3, 4, 3, 3], {
    context: { service: 'ktp' },
    answers: { jenis_kelamin: 'P', usia: 19, pendidikan: 'SMA', pekerjaan: 'SWASTA' },
  }),
  response([3, 2, 3, 4, 3, 3, 3, 3, 2], {
    answers: { jenis_layanan: 'akta', jenis_kelamin: 'P', usia: 61, pendidikan: 'SMA', pekerjaan: 'LAINNYA' },
  }),
  response([4, 3, 2, 4, 3, 4, 4, 3, 3], {
    context: { service: 'akta' },
    submittedAt: '2026-03-31T18:00:00.000Z',
    answers: { jenis_kelamin: 'L', usia: 45, pendidikan: 'S2', pekerjaan: 'WIRAUSAHA' },
  }),
];

const root = (el: MasukanIkmReport) => el.shadowRoot!;
const text = (el: MasukanIkmReport, selector: string) => root(el).querySelector(selector)?.textContent?.trim() ?? '';
const cells = (row: Element) => [...row.children].map(c => c.textContent!.trim());
const idNum = (v: number | null, dp: number) => v!.toFixed(dp).replace('.', ',');

/** The rows of the element table must be the numbers computeIkm gives, in Indonesian format. */
function expectElementTable(el: MasukanIkmReport, result: IkmResult) {
  const rows = [...root(el).querySelectorAll('.section table tbody')][0].querySelectorAll('tr');
  expect(rows).to.have.length(9);
  rows.forEach((row, i) => {
    const e = result.elements[KEYS[i]];
    expect(cells(row)).to.deep.equal([
      e.code,
      e.name.id,
      String(e.n),
      String(e.sum),
      idNum(e.nrr, 4),
      idNum(e.weighted, 4),
      idNum(e.value, 2),
      e.mutu!,
    ]);
  });
}

describe('<masukan-ikm-report>', () => {
  it('shows the IKM, grade, label and element table computed by computeIkm, accessibly', async () => {
    const data = ex1();
    const el = await fixture<MasukanIkmReport>(html`<masukan-ikm-report .responses=${data}></masukan-ikm-report>`);
    expect(text(el, '.nik')).to.equal('84,03');
    expect(text(el, '.headline .grade')).to.equal('B');
    expect(text(el, '.kinerja')).to.equal('Baik');
    expect(text(el, '.subtitle')).to.equal('Semua periode · 4 responden');
    expectElementTable(el, computeIkm(data));
    const foot = cells(root(el).querySelector('tfoot tr')!);
    expect(foot.slice(1)).to.deep.equal(['3,3611', '84,03', 'B']);
    // The chart draws the same nine values; it is hidden from assistive technology (the table carries them).
    const chart = root(el).querySelector('[part=chart]')!;
    expect(chart.getAttribute('aria-hidden')).to.equal('true');
    const bars = [...chart.querySelectorAll('rect.bar')].map(r => Number(r.getAttribute('width')));
    expect(bars).to.deep.equal([87.5, 75, 75, 100, 81.25, 87.5, 93.75, 81.25, 75]);
    expect([...chart.querySelectorAll('.bar-value')].map(t => t.textContent)).to.include('93,75');
    await expect(el).to.be.accessible();
  });

  it('shows per-service results and the respondent profile', async () => {
    const data = ex1();
    const el = await fixture<MasukanIkmReport>(
      html`<masukan-ikm-report .responses=${data} .serviceLabels=${{ ktp: 'KTP elektronik' }}></masukan-ikm-report>`,
    );
    const services = [...root(el).querySelectorAll('table.services tbody tr')].map(cells);
    const expected = computeIkmBy(data, 'service');
    expect(services).to.deep.equal(
      expected.map(g => [
        g.key === 'ktp' ? 'KTP elektronik ktp' : g.key, // the label, and the key it stands for
        String(g.result.respondents),
        idNum(g.result.nik, 2),
        g.result.mutu!,
        g.result.kinerja!.id,
      ]),
    );
    expect(services.map(s => s[0])).to.deep.equal(['akta', 'KTP elektronik ktp']);
    const profile = [...root(el).querySelectorAll('.profile-table')].map(t => ({
      caption: t.querySelector('caption')!.textContent!.trim(),
      rows: [...t.querySelectorAll('tbody tr')].map(cells),
    }));
    expect(profile.map(p => p.caption)).to.deep.equal(['Jenis kelamin', 'Usia', 'Pendidikan', 'Pekerjaan']);
    expect(profile[0].rows).to.deep.equal([
      ['Laki-laki', '2', '50,0%'],
      ['Perempuan', '2', '50,0%'],
    ]);
    expect(profile[1].rows.find(r => r[0] === '<20 tahun')).to.deep.equal(['<20 tahun', '1', '25,0%']);
    expect(profile[1].rows.find(r => r[0] === '60+ tahun')).to.deep.equal(['60+ tahun', '1', '25,0%']);
    expect(profile[2].rows.find(r => r[0] === 'SMA')).to.deep.equal(['SMA', '2', '50,0%']);
    expect(profile[3].rows.find(r => r[0] === 'Lainnya')).to.deep.equal(['Lainnya', '1', '25,0%']);
  });

  it('switches to English', async () => {
    const el = await fixture<MasukanIkmReport>(
      html`<masukan-ikm-report lang="en" .responses=${ex1()}></masukan-ikm-report>`,
    );
    expect(text(el, '.nik')).to.equal('84.03');
    expect(text(el, '.kinerja')).to.equal('Good');
    expect(text(el, 'h2')).to.equal('Community Satisfaction Index');
    expect(text(el, 'tbody th')).to.equal('Requirements');
  });

  it('filters by period in Asia/Jakarta with a native select', async () => {
    const data = ex1();
    const el = await fixture<MasukanIkmReport>(html`<masukan-ikm-report .responses=${data}></masukan-ikm-report>`);
    const select = root(el).querySelector('select')!;
    expect(root(el).querySelector('label[for="period"]')!.textContent).to.equal('Periode');
    const options = [...select.querySelectorAll('optgroup')].map(g => [
      g.label,
      [...g.querySelectorAll('option')].map(o => `${o.value}=${o.textContent!.trim()}`),
    ]);
    expect(options).to.deep.equal([
      ['Tahun', ['2026=2026']],
      ['Semester', ['2026-S1=Semester I 2026']],
      ['Triwulan', ['2026-Q2=Triwulan II 2026', '2026-Q1=Triwulan I 2026']],
      ['Bulan', ['2026-04=April 2026', '2026-02=Februari 2026']],
    ]);
    select.value = '2026-Q1';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const q1 = computeIkm(data.slice(0, 3));
    expect(el.period).to.equal('2026-Q1');
    expect(text(el, '.subtitle')).to.equal('Triwulan I 2026 · 3 responden');
    expect(text(el, '.nik')).to.equal(idNum(q1.nik, 2));
    expectElementTable(el, q1);
    select.value = '2026-04';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text(el, '.subtitle')).to.equal('April 2026 · 1 responden');
    expect(text(el, '.nik')).to.equal(idNum(computeIkm([data[3]]).nik, 2));
    // In UTC the same response falls in March.
    el.timeZone = 'UTC';
    await el.updateComplete;
    expect(text(el, '.empty')).to.equal('Belum ada jawaban survei untuk periode ini.');
    // The chosen period keeps its option, so the select still shows what the report is about.
    expect(root(el).querySelector('select')!.value).to.equal('2026-04');
    await expect(el).to.be.accessible();
  });

  it('counts only the SKM survey (survey-id) and shows sample adequacy for a population', async () => {
    const other = { ...response([1, 1, 1, 1, 1, 1, 1, 1, 1]), surveyId: 'konsultasi' };
    const el = await fixture<MasukanIkmReport>(
      html`<masukan-ikm-report population="1000" .responses=${[...ex1(), other]}></masukan-ikm-report>`,
    );
    expect(text(el, '.nik')).to.equal('84,03');
    expect([...root(el).querySelectorAll('.sample dd')].map(d => d.textContent)).to.deep.equal(['1.000', '278', '4']);
    expect(root(el).querySelector('.sample + p')!.textContent).to.contain('Kurang 274 responden');
    el.surveyId = 'konsultasi';
    await el.updateComplete;
    expect(text(el, '.nik')).to.equal('25,00');
  });

  it('loads a JSON array from src over HTTP (the seeded demo data)', async () => {
    const el = await fixture<MasukanIkmReport>(
      html`<masukan-ikm-report src="/demo/seed-responses.json"></masukan-ikm-report>`,
    );
    await waitUntil(() => root(el).querySelector('.nik'), 'report did not render', { timeout: 5000 });
    const seed = (await (await fetch('/demo/seed-responses.json')).json()) as SurveyResponse[];
    const result = computeIkm(seed, { surveyId: 'skm' });
    expect(seed.filter(r => r.surveyId === 'skm')).to.have.length(300);
    expect(seed.every(r => r.context.channel === 'demo-seed')).to.equal(true);
    expect(text(el, '.nik')).to.equal(idNum(result.nik, 2));
    expect(text(el, '.headline .grade')).to.equal(result.mutu);
    expectElementTable(el, result);
    expect(root(el).querySelectorAll('table.services tbody tr').length).to.be.greaterThan(3);
    await expect(el).to.be.accessible();
  });

  it('reads a collector that needs an admin key, sent from the headers property (never an attribute)', async () => {
    const { base, admin, write } = (await executeServerCommand('keyed-collector', { origin: location.origin })) as {
      base: string;
      admin: string;
      write: string;
    };
    const data = ex1().map(r => ({ ...r, id: crypto.randomUUID() }));
    for (const response of data) {
      const res = await fetch(`${base}/api/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${write}` },
        body: JSON.stringify(response),
      });
      expect(res.status, await res.clone().text()).to.be.within(200, 201);
    }
    const src = `${base}/api/responses?survey=skm`;
    // Without the key the collector says 401, and the report says so.
    const refused = document.createElement('masukan-ikm-report');
    const error = oneEvent(refused, 'masukan-error');
    refused.src = src;
    document.body.append(refused);
    expect((await error).detail.error.message).to.contain('HTTP 401');
    refused.remove();

    const el = await fixture<MasukanIkmReport>(
      html`<masukan-ikm-report .headers=${{ Authorization: `Bearer ${admin}` }} src=${src}></masukan-ikm-report>`,
    );
    await waitUntil(() => root(el).querySelector('.nik'), 'report did not render', { timeout: 5000 });
    expect(text(el, '.nik')).to.equal(idNum(computeIkm(data).nik, 2));
    expect(el.outerHTML).not.to.contain(admin);
  });

  it('downloads the CSV of the selected period through a Blob link', async () => {
    const data = ex1();
    const el = await fixture<MasukanIkmReport>(
      html`<masukan-ikm-report period="2026-Q1" .responses=${data}></masukan-ikm-report>`,
    );
    let link: HTMLAnchorElement | undefined;
    root(el).addEventListener(
      'click',
      event => {
        if (event.target instanceof HTMLAnchorElement) {
          link = event.target;
          event.preventDefault(); // keep the test page from downloading
        }
      },
      true,
    );
    const button = [...root(el).querySelectorAll('button')].find(b => b.textContent!.includes('CSV'))!;
    button.click();
    expect(link, 'download link').to.exist;
    expect(link!.download).to.equal('ikm-2026-Q1.csv');
    expect(link!.href).to.match(/^blob:/);
    const body = await (await fetch(link!.href)).text();
    const expected = ikmCsv(data.slice(0, 3));
    expect(expected).to.contain('Laki-laki'); // profile answers by label
    // fetch() decodes UTF-8 and drops the byte-order mark; the Blob itself starts with it.
    expect(body).to.equal(expected.slice(1));
    expect(el.toCsv()).to.equal(expected);
    expect(body.split('\r\n')[0]).to.equal(
      'No;Tanggal;Kode layanan;Layanan;U1;U2;U3;U4;U5;U6;U7;U8;U9;Jenis kelamin;Usia;Pendidikan;Pekerjaan',
    );
    expect(body).to.contain('\r\nMutu pelayanan;;;;' + computeIkm(data.slice(0, 3)).mutu + '\r\n');
  });

  it('shows an alert and fires masukan-error when src cannot be loaded', async () => {
    const el = document.createElement('masukan-ikm-report');
    const event = oneEvent(el, 'masukan-error');
    el.src = '/demo/no-such-file.json';
    document.body.append(el);
    const { detail } = await event;
    expect(detail.error.message).to.contain('HTTP 404');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('/demo/no-such-file.json tidak dapat dimuat: HTTP 404');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('reports a src that is not JSON', async () => {
    const el = document.createElement('masukan-ikm-report');
    const event = oneEvent(el, 'masukan-error');
    el.src = '/demo/report.html';
    document.body.append(el);
    await event;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('not JSON');
    el.remove();
  });

  it('skips malformed responses, says how many and why, and computes from the rest', async () => {
    const data: unknown[] = [
      ...ex1(),
      response([4, 7, 4, 4, 4, 4, 4, 4, 4]),
      { ...response([4, 4, 4, 4, 4, 4, 4, 4, 4]), submittedAt: 'kemarin' },
      null,
    ];
    const el = await fixture<MasukanIkmReport>(html`<masukan-ikm-report .responses=${data}></masukan-ikm-report>`);
    expect(text(el, '.nik')).to.equal('84,03');
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    const skipped = root(el).querySelector('details.skipped')!;
    expect(skipped.querySelector('summary')!.textContent!.trim()).to.equal('3 jawaban tidak valid dilewati');
    const why = [...skipped.querySelectorAll('li')].map(li => li.textContent!.trim());
    expect(why[0]).to.match(/^responses\[4\] \(report-\d+\)\.answers\.prosedur: .*got 7$/);
    expect(why[1]).to.contain('.submittedAt: ');
    expect(why[2]).to.equal('responses[6]: expected a response object');
    expect(el.shadowRoot!.textContent).not.to.contain('NaN');
    await expect(el).to.be.accessible();
  });

  it('shows an empty state, not an error, without responses', async () => {
    const el = await fixture<MasukanIkmReport>(html`<masukan-ikm-report .responses=${[]}></masukan-ikm-report>`);
    expect(text(el, '.empty')).to.equal('Belum ada jawaban survei untuk periode ini.');
    expect(root(el).querySelectorAll('optgroup')).to.have.length(0);
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reports responses that are not an array', async () => {
    const el = document.createElement('masukan-ikm-report');
    const event = oneEvent(el, 'masukan-error');
    el.responses = { responses: [] };
    document.body.append(el);
    const { detail } = await event;
    expect(detail.error.message).to.match(/^responses: expected an array/);
    el.remove();
  });
});
