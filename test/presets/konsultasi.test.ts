import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/survey/survey.js';
import type { MasukanSurvey } from '../../src/components/survey/survey.js';
import { konsultasi, STANDAR_PELAYANAN } from '../../src/presets/index.js';
import { getPreset } from '../../src/presets/registry.js';
import { parseSurvey } from '../../src/core/parse.js';
import { createResponse, visibleQuestions } from '../../src/core/engine.js';
import type { Question, Survey } from '../../src/core/schema.js';

const DEFAULT_IDS = [
  'persyaratan',
  'prosedur',
  'waktu',
  'biaya',
  'produk',
  'pengaduan',
  'dasar_hukum',
  'sarana_prasarana',
  'kompetensi',
  'pengawasan',
  'jumlah_pelaksana',
  'jaminan',
  'keamanan',
  'evaluasi',
];

const questions = (survey: Survey) => survey.pages.flatMap(p => p.questions);
const find = (survey: Survey, id: string) => questions(survey).find(q => q.id === id) as Question;
const values = (q: Question) => ('options' in q ? q.options.map(o => o.value) : []);

describe('konsultasi preset', () => {
  it('validates with parseSurvey and carries id and version', () => {
    const survey = parseSurvey(konsultasi());
    expect(survey.id).to.equal('konsultasi');
    expect(survey.version).to.equal('2017.1');
    expect(getPreset('konsultasi')).to.equal(konsultasi);
  });

  it('asks the participant category first, with the FKP groups as stable keys', () => {
    const q = questions(konsultasi())[0];
    expect(q).to.include({ id: 'kategori', type: 'single', required: true });
    expect(values(q)).to.deep.equal([
      'pengguna_layanan',
      'ahli',
      'instansi_terkait',
      'organisasi_masyarakat',
      'media',
      'tokoh_masyarakat',
      'penyelenggara',
    ]);
    expect('options' in q && q.options[0].label).to.deep.equal({
      id: 'Masyarakat pengguna layanan',
      en: 'Service user',
    });
  });

  it('defaults to the 14 standar pelayanan components, each with a choice and a proposal, then a comment', () => {
    expect(STANDAR_PELAYANAN.map(c => c.id)).to.deep.equal(DEFAULT_IDS);
    const ids = questions(konsultasi()).map(q => q.id);
    expect(ids).to.deep.equal(['kategori', ...DEFAULT_IDS.flatMap(id => [id, `${id}_usulan`]), 'komentar']);
    const survey = konsultasi();
    for (const id of DEFAULT_IDS) {
      const choice = find(survey, id);
      expect(choice).to.include({ type: 'single', required: true });
      expect(values(choice)).to.deep.equal(['setuju', 'perlu_perubahan']);
      expect(find(survey, `${id}_usulan`)).to.deep.include({
        type: 'textarea',
        required: true,
        showIf: { question: id, equals: 'perlu_perubahan' },
      });
    }
    expect(find(survey, 'komentar').required).not.to.equal(true);
    expect(find(survey, 'persyaratan_usulan').label).to.deep.equal({
      id: 'Usulan perubahan: Persyaratan',
      en: 'Proposed change: Requirements',
    });
  });

  it('takes the components the page lists, with their draft text as help', () => {
    const survey = parseSurvey(
      konsultasi({
        title: 'Konsultasi Publik Maklumat Pelayanan',
        description: { id: 'Masukan dibuka sampai 30 Juni.', en: 'Open until 30 June.' },
        components: [
          { id: 'janji', label: { id: 'Janji layanan', en: 'Service promise' }, text: 'Kami melayani tanpa pungutan.' },
          { id: 'sanksi', label: 'Sanksi' },
        ],
      }),
    );
    expect(survey.title).to.equal('Konsultasi Publik Maklumat Pelayanan');
    expect(survey.description).to.deep.equal({ id: 'Masukan dibuka sampai 30 Juni.', en: 'Open until 30 June.' });
    expect(questions(survey).map(q => q.id)).to.deep.equal([
      'kategori',
      'janji',
      'janji_usulan',
      'sanksi',
      'sanksi_usulan',
      'komentar',
    ]);
    expect(find(survey, 'janji').help).to.equal('Kami melayani tanpa pungutan.');
    expect(find(survey, 'janji_usulan').label).to.deep.equal({
      id: 'Usulan perubahan: Janji layanan',
      en: 'Proposed change: Service promise',
    });
    expect(find(survey, 'sanksi_usulan').label).to.deep.equal({
      id: 'Usulan perubahan: Sanksi',
      en: 'Proposed change: Sanksi',
    });
  });

  it('falls back to the default list for a missing or empty components option, and skips entries without id', () => {
    const count = (s: Survey) => questions(s).length;
    expect(count(konsultasi({ components: [] }))).to.equal(30);
    expect(count(konsultasi({ components: 'x' } as never))).to.equal(30);
    expect(count(konsultasi(null as never))).to.equal(30);
    const some = konsultasi({ components: [null, { label: 'tanpa id' }, { id: 'a', label: 'A' }] as never[] });
    expect(questions(some).map(q => q.id)).to.deep.equal(['kategori', 'a', 'a_usulan', 'komentar']);
  });

  it('leaves a bad component to parseSurvey, which names it', () => {
    expect(() => parseSurvey(konsultasi({ components: [{ id: 'bad id', label: 'X' }] }))).to.throw(/questions\[1\]/);
    expect(() => parseSurvey(konsultasi({ components: [{ id: 'kategori', label: 'X' }] }))).to.throw(/kategori/);
  });

  it('shows a proposal only for "needs change" and drops it otherwise', () => {
    const survey = parseSurvey(konsultasi());
    const shown = (answers: Record<string, string>) =>
      visibleQuestions(survey, survey.pages[0], answers)
        .map(q => q.id)
        .filter(id => id.endsWith('_usulan'));
    expect(shown({})).to.deep.equal([]);
    expect(shown({ waktu: 'setuju' })).to.deep.equal([]);
    expect(shown({ waktu: 'perlu_perubahan', biaya: 'setuju' })).to.deep.equal(['waktu_usulan']);
    const response = createResponse(survey, { waktu: 'setuju', waktu_usulan: 'Lebih cepat' }, { lang: 'id' });
    expect(response.answers).to.deep.equal({ waktu: 'setuju' });
  });
});

// ---- In the element, keyboard only ----

const press = (key: string) => sendKeys({ press: key });
const active = (el: MasukanSurvey) => el.shadowRoot!.activeElement as HTMLInputElement | null;
const settle = async (el: MasukanSurvey) => {
  await el.updateComplete;
  await new Promise(r => setTimeout(r));
};

describe('<masukan-survey preset="konsultasi">', () => {
  it('should pass accessibility tests, also with a proposal open', async () => {
    const el = await fixture<MasukanSurvey>(html`<masukan-survey preset="konsultasi"></masukan-survey>`);
    await settle(el);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Konsultasi Publik Rancangan Standar Pelayanan');
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name=biaya][value=perlu_perubahan]')!.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('#q-biaya_usulan')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('can be filled in and submitted with the keyboard alone; a proposal field appears only after "needs change"', async function () {
    this.timeout(60000);
    const el = await fixture<MasukanSurvey>(
      html`<masukan-survey
        preset="konsultasi"
        context='{"forum": "FKP 2026"}'
        @masukan-submit=${(e: Event) => e.preventDefault()}
      ></masukan-survey>`,
    );
    // A button before the survey takes the first focus, so the walk starts with Tab like a real visitor's.
    const start = document.createElement('button');
    start.textContent = 'mulai';
    el.before(start);
    start.focus();
    const proposals = () => [...el.shadowRoot!.querySelectorAll('textarea[id$=_usulan]')].map(t => t.id);

    await press('Tab');
    expect(active(el)!.name).to.equal('kategori');
    await press('ArrowDown'); // ahli
    for (const id of DEFAULT_IDS) {
      await press('Tab');
      expect(active(el)!.name).to.equal(id);
      if (id === 'biaya') {
        await press('ArrowDown'); // perlu_perubahan
        await settle(el);
        expect(proposals()).to.deep.equal(['q-biaya_usulan']);
        await press('Tab');
        expect(active(el)!.id).to.equal('q-biaya_usulan');
        await sendKeys({ type: 'Tarif per izin' });
      } else {
        await press('Space'); // setuju
        await settle(el);
      }
    }
    expect(proposals()).to.deep.equal(['q-biaya_usulan']);
    await press('Tab');
    expect(active(el)!.id).to.equal('q-komentar');
    await sendKeys({ type: 'Baik' });
    await press('Tab');
    expect(active(el)!.textContent!.trim()).to.equal('Kirim');
    const event = oneEvent(el, 'masukan-submit');
    await press('Enter');
    const { response } = (await event).detail;

    expect(response.surveyId).to.equal('konsultasi');
    expect(response.surveyVersion).to.equal('2017.1');
    expect(response.context).to.deep.equal({ forum: 'FKP 2026' });
    expect(response.answers).to.deep.equal({
      kategori: 'ahli',
      ...Object.fromEntries(DEFAULT_IDS.map(id => [id, id === 'biaya' ? 'perlu_perubahan' : 'setuju'])),
      biaya_usulan: 'Tarif per izin',
      komentar: 'Baik',
    });
  });

  it('requires the proposal once "needs change" is chosen', async () => {
    const el = await fixture<MasukanSurvey>(
      html`<masukan-survey
        preset="konsultasi"
        preset-options='{"components": [{"id": "janji", "label": "Janji layanan"}]}'
      ></masukan-survey>`,
    );
    await settle(el);
    let submits = 0;
    el.addEventListener('masukan-submit', e => (submits++, e.preventDefault()));
    const root = el.shadowRoot!;
    root.querySelector<HTMLInputElement>('input[name=kategori]')!.click();
    root.querySelector<HTMLInputElement>('input[name=janji][value=perlu_perubahan]')!.click();
    await settle(el);
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle(el);
    expect(submits).to.equal(0);
    expect(active(el)!.id).to.equal('q-janji_usulan');
  });
});
