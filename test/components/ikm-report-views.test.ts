import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/ikm-report/ikm-report.js';
import type { MasukanIkmReport } from '../../src/components/ikm-report/ikm-report.js';
import { computeIkm, IKM_ELEMENTS } from '../../src/core/ikm/index.js';
import { registerTranslation } from '../../src/i18n/registry.js';
import { skm } from '../../src/presets/skm.js';
import { skmResponse } from '../helpers/responses.js';
import { until } from '../helpers/wait.js';

const KEYS = IKM_ELEMENTS.map(e => e.key);
const response = skmResponse;

/** EX1 of skm.md with free texts: 84.03 B; the lowest elements are U2 and U9 (75.00) and U3 (75.00). */
const data = () => [
  response([4, 4, 4, 4, 4, 4, 4, 4, 4], {
    context: { service: 'ktp' },
    answers: { saran: 'Petugas ramah, pertahankan.' },
  }),
  response([3, 3, 3, 4, 3, 3, 4, 3, 3], { context: { service: 'ktp' } }),
  response([3, 2, 3, 4, 3, 3, 3, 3, 2], {
    answers: { jenis_layanan: 'akta', perbaikan: 'Prosedur berbelit.', saran: '<img src=x onerror="window.pwned=1">' },
    submittedAt: '2026-03-02T03:00:00.000Z',
  }),
  response([4, 3, 2, 4, 3, 4, 4, 3, 3], {
    context: { service: 'akta' },
    answers: { perbaikan: 'Antrean terlalu lama.' },
    submittedAt: '2026-03-31T18:00:00.000Z',
  }),
];

const root = (el: MasukanIkmReport) => el.shadowRoot!;
const all = (el: MasukanIkmReport, selector: string) =>
  [...root(el).querySelectorAll<HTMLElement>(selector)].map(n => n.textContent!.replace(/\s+/g, ' ').trim());
const labels = { ktp: 'KTP elektronik', akta: 'Akta Kelahiran' };

describe('<masukan-ikm-report> publication view', () => {
  it('shows unit, period, respondents with adequacy, IKM, nine elements, three priorities and the follow-up plan', async () => {
    const el = await fixture<MasukanIkmReport>(
      html`<masukan-ikm-report
        view="publication"
        unit="DPMPTSP Kota Contoh"
        population="5"
        follow-up=${'Sederhanakan alur prosedur\nTambah petugas pengaduan'}
        .responses=${data()}
      ></masukan-ikm-report>`,
    );
    const pub = root(el).querySelector('[part=publication]')!;
    expect(pub.querySelector('.pub-unit')!.textContent).to.equal('DPMPTSP Kota Contoh');
    expect(all(el, '.pub-meta dd')).to.deep.equal([
      'Semua periode',
      'Semua layanan',
      '4 responden (target sampel Krejcie–Morgan 5: kurang 1)',
    ]);
    expect(all(el, '.pub-nik')).to.deep.equal(['84,03']);
    const rows = [...pub.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(9);
    expect(rows.map(r => r.querySelector('td.n')!.textContent)).to.deep.equal(
      KEYS.map(k => computeIkm(data()).elements[k].value!.toFixed(2).replace('.', ',')),
    );
    // The three lowest (75.00 each: U2, U3, U9 in questionnaire order) are flagged and listed.
    expect(rows.filter(r => r.classList.contains('priority')).map(r => r.firstElementChild!.textContent)).to.deep.equal(
      ['U2', 'U3', 'U9'],
    );
    expect(all(el, '.pub-priorities li')).to.deep.equal([
      'U2 Sistem, Mekanisme, dan Prosedur: 75,00 (C)',
      'U3 Waktu Penyelesaian: 75,00 (C)',
      'U9 Penanganan Pengaduan, Saran dan Masukan: 75,00 (C)',
    ]);
    expect(all(el, '.pub-plan li')).to.deep.equal(['Sederhanakan alur prosedur', 'Tambah petugas pengaduan']);
    await expect(el).to.be.accessible();
    // Switching views with the buttons.
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('.views button')];
    expect(buttons.map(b => [b.textContent!.trim(), b.getAttribute('aria-pressed')])).to.deep.equal([
      ['Ringkasan', 'false'],
      ['Publikasi (A4)', 'true'],
      ['Kata warga', 'false'],
    ]);
    buttons[0].click();
    await el.updateComplete;
    expect(el.view).to.equal('summary');
    expect(root(el).querySelector('[part=publication]')).to.equal(null);
  });
});

describe("<masukan-ikm-report> citizens' words", () => {
  it('lists saran and perbaikan with date, service and low ratings, filters by service, and searches', async () => {
    const el = await fixture<MasukanIkmReport>(
      html`<masukan-ikm-report view="texts" .serviceLabels=${labels} .responses=${data()}></masukan-ikm-report>`,
    );
    const items = () => all(el, '.text-item .text-body');
    expect(items()).to.deep.equal([
      'Antrean terlalu lama.',
      'Prosedur berbelit.',
      '<img src=x onerror="window.pwned=1">',
      'Petugas ramah, pertahankan.',
    ]);
    const meta = all(el, '.text-item .text-meta');
    expect(meta[0]).to.equal('1 Apr 2026 · Akta Kelahiran · Yang perlu diperbaiki');
    expect(meta[3]).to.equal('10 Feb 2026 · KTP elektronik · Saran dan masukan');
    expect(all(el, '.text-item .text-ratings')[0]).to.equal('Nilai rendah: Waktu Penyelesaian 2');
    expect(all(el, '.text-item .text-ratings')[1]).to.equal(
      'Nilai rendah: Sistem, Mekanisme, dan Prosedur 2, Penanganan Pengaduan, Saran dan Masukan 2',
    );
    await expect(el).to.be.accessible();

    const service = root(el).querySelector<HTMLSelectElement>('#service')!;
    service.value = [...service.options].find(o => o.textContent!.trim() === 'KTP elektronik')!.value;
    service.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.service).to.equal('ktp');
    expect(items()).to.deep.equal(['Petugas ramah, pertahankan.']);
    expect(all(el, '.subtitle')[0]).to.equal('Semua periode · KTP elektronik · 2 responden');

    el.service = undefined;
    await el.updateComplete;
    const search = root(el).querySelector<HTMLInputElement>('#text-search')!;
    search.value = 'ANTRE';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(items()).to.deep.equal(['Antrean terlalu lama.']);
    expect(all(el, '.texts .note')[0]).to.equal('1 dari 4 tanggapan tertulis');
  });

  it('shows markup in an answer as text, never as HTML', async () => {
    const el = await fixture<MasukanIkmReport>(
      html`<masukan-ikm-report view="texts" .responses=${data()}></masukan-ikm-report>`,
    );
    const body = [...root(el).querySelectorAll('.text-body')].find(p => p.textContent!.includes('onerror'))!;
    expect(body.textContent).to.equal('<img src=x onerror="window.pwned=1">');
    expect(root(el).querySelector('img')).to.equal(null);
    await new Promise(r => setTimeout(r, 50));
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('pages through many answers and takes the text questions of the definition', async () => {
    const many = Array.from({ length: 45 }, (_, i) =>
      response([3, 3, 3, 3, 3, 3, 3, 3, 3], {
        answers: { saran: `Saran nomor ${i + 1}`, kesan: 'Kesan' },
        submittedAt: new Date(Date.UTC(2026, 0, 1 + i, 3)).toISOString(),
      }),
    );
    const survey = skm();
    survey.pages[1].questions.push({ id: 'kesan', type: 'text', label: { id: 'Kesan Anda', en: 'Impression' } });
    const el = await fixture<MasukanIkmReport>(
      html`<masukan-ikm-report view="texts" .definition=${survey} .responses=${many}></masukan-ikm-report>`,
    );
    expect(all(el, '.texts .note')[0]).to.equal('90 dari 90 tanggapan tertulis');
    expect(root(el).querySelectorAll('.text-item')).to.have.length(20);
    expect(all(el, '.text-meta')[1]).to.contain('Kesan Anda');
    expect(all(el, '.pager span')).to.deep.equal(['Halaman 1 dari 5']);
    const [previous, next] = root(el).querySelectorAll<HTMLButtonElement>('.pager button');
    expect(previous.disabled).to.equal(true);
    next.click();
    await el.updateComplete;
    expect(all(el, '.pager span')).to.deep.equal(['Halaman 2 dari 5']);
    expect(all(el, '.text-body')[0]).to.equal('Saran nomor 35');
    await expect(el).to.be.accessible();
  });
});

describe('<masukan-ikm-report> labels', () => {
  it('names services by label from service-labels or the definition, an unknown key as itself, never merged', async () => {
    const rows = [
      response([4, 4, 4, 4, 4, 4, 4, 4, 4], { context: { service: 'ktp' } }),
      response([3, 3, 3, 3, 3, 3, 3, 3, 3], { context: { service: 'KTP Elektronik' } }),
      response([2, 2, 2, 2, 2, 2, 2, 2, 2], { answers: { jenis_layanan: 'nib' } }),
      ...JSON.parse(JSON.stringify([response([1, 1, 1, 1, 1, 1, 1, 1, 1], { context: { service: 'constructor' } })])),
      ...JSON.parse(JSON.stringify([response([2, 2, 2, 2, 2, 2, 2, 2, 2], { context: { service: '__proto__' } })])),
    ];
    const definition = skm({ services: [{ value: 'nib', label: 'Izin Usaha (NIB)' }] });
    const el = await fixture<MasukanIkmReport>(
      html`<masukan-ikm-report
        service-labels='{"ktp": "KTP Elektronik"}'
        .definition=${definition}
        .responses=${rows}
      ></masukan-ikm-report>`,
    );
    const services = all(el, 'table.services tbody th');
    // Sorted by key; "KTP Elektronik" sent as a key by an old page stays its own row.
    expect(services).to.deep.equal([
      '__proto__',
      'constructor',
      'KTP Elektronik ktp',
      'KTP Elektronik',
      'Izin Usaha (NIB) nib',
    ]);
    expect(all(el, 'table.services tbody td:first-of-type')).to.deep.equal(['1', '1', '1', '1', '1']);
    const options = [...root(el).querySelectorAll('#service option')].map(o => o.textContent!.trim());
    expect(options).to.include('Izin Usaha (NIB)');
    // Profile answers by label in the interface language.
    el.lang = 'en';
    await el.updateComplete;
    expect(all(el, 'h2')[0]).to.equal('Community Satisfaction Index');
    await expect(el).to.be.accessible();
  });

  it('takes its terms from the one translation registry, a missing term in Bahasa Indonesia', async () => {
    registerTranslation({ $code: 'jv', reportAllPeriods: 'Sedaya periode' } as never);
    const el = await fixture<MasukanIkmReport>(
      html`<masukan-ikm-report lang="jv" .responses=${data()}></masukan-ikm-report>`,
    );
    expect(all(el, '.subtitle')[0]).to.equal('Sedaya periode · 4 responden');
    expect(all(el, 'h2')[0]).to.equal('Indeks Kepuasan Masyarakat');
    expect((globalThis as { masukanTranslations?: Map<string, unknown> }).masukanTranslations!.has('jv')).to.equal(
      true,
    );
  });
});

describe('<masukan-ikm-report> from totals (GET /api/ikm)', () => {
  it('renders the IKM, grade, elements and the per-group table from sums and counts at src', async () => {
    const el = await fixture<MasukanIkmReport>(
      html`<masukan-ikm-report
        src="/test/fixtures/results/ikm-totals.json"
        .serviceLabels=${labels}
      ></masukan-ikm-report>`,
    );
    await until(() => root(el).querySelector('.nik'), 10000, 'report');
    const direct = computeIkm(data());
    expect(all(el, '.nik')).to.deep.equal(['84,03']);
    expect(all(el, '.headline .grade')).to.deep.equal(['B']);
    expect(all(el, 'table.elements tbody td.value')).to.deep.equal(
      KEYS.map(k => direct.elements[k].value!.toFixed(2).replace('.', ',')),
    );
    expect(all(el, 'table.services tbody th')).to.deep.equal(['Akta Kelahiran akta', 'KTP elektronik ktp']);
    expect(all(el, 'table.services tbody td:nth-of-type(2)')).to.deep.equal(['77,78', '90,28']);
    expect(all(el, '.subtitle')[0]).to.equal('1 Jan 2026 – 31 Mar 2026 · 4 responden');
    expect(root(el).querySelector('#period')).to.equal(null);
    expect(all(el, '.section .note')).to.include(
      'Tampilan ini memerlukan jawaban per responden; sumber data hanya memberi rekapitulasi (atur responses-src).',
    );
    await expect(el).to.be.accessible();
    el.view = 'texts';
    await el.updateComplete;
    expect(all(el, '.note')[0]).to.contain('memerlukan jawaban per responden');
    el.view = 'publication';
    await el.updateComplete;
    expect(all(el, '.pub-nik')).to.deep.equal(['84,03']);
  });

  it('reads the profile and citizens words from responses-src, following { items, next } pages', async () => {
    const el = await fixture<MasukanIkmReport>(
      html`<masukan-ikm-report
        view="texts"
        src="/test/fixtures/results/ikm-totals.json"
        responses-src="/test/paged/responses-page"
      ></masukan-ikm-report>`,
    );
    await until(() => root(el).querySelector('.text-item'), 10000, 'texts');
    expect(all(el, '.text-body')).to.deep.equal(['Halaman dua', 'Halaman satu']);
  });

  it('names the bad field of malformed totals', async () => {
    const el = document.createElement('masukan-ikm-report');
    el.responses = { total: { respondents: 2, elements: { waktu: { n: 2, sum: 11 } } }, groups: [] };
    document.body.append(el);
    await until(() => el.shadowRoot?.querySelector('[role=alert]'), 5000, 'alert');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('total.elements.waktu: expected');
    el.remove();
  });
});

describe('<masukan-ikm-report> on a phone', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('at 360 px shows every element value without horizontal scrolling, chart labels of 12 px or more', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await fixture<MasukanIkmReport>(
      html`<masukan-ikm-report population="3000" .serviceLabels=${labels} .responses=${data()}></masukan-ikm-report>`,
    );
    await el.updateComplete;
    expect(document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(360);
    const values = [...root(el).querySelectorAll<HTMLElement>('table.elements tbody td.value')];
    expect(values).to.have.length(9);
    for (const cell of values) {
      const box = cell.getBoundingClientRect();
      expect(box.width, 'value cell width').to.be.greaterThan(0);
      expect(box.right, `value ${cell.textContent} within the screen`).to.be.at.most(360);
      expect(box.left).to.be.at.least(0);
    }
    for (const node of root(el).querySelectorAll<HTMLElement>('table, .figure, .chart, .bar-row, .section'))
      expect(node.getBoundingClientRect().right, node.className || node.localName).to.be.at.most(360);
    for (const label of root(el).querySelectorAll<HTMLElement>('.bar-code, .bar-value, .bounds'))
      expect(parseFloat(getComputedStyle(label).fontSize)).to.be.at.least(12);
    await expect(el).to.be.accessible();
  });
});
