import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/survey/survey.js';
import type { MasukanSurvey } from '../../src/components/survey/survey.js';
import { skm, SKM_ELEMENTS } from '../../src/presets/index.js';
import { getPreset } from '../../src/presets/registry.js';
import { parseSurvey } from '../../src/core/parse.js';
import { createResponse, visibleQuestions } from '../../src/core/engine.js';
import type { Question, RatingQuestion, Survey, SurveyResponse } from '../../src/core/schema.js';

// The official wording of skm.md §6, copied here on purpose: the preset must match this text, not itself.
const OFFICIAL: [string, string, string, string[], string[]][] = [
  [
    'persyaratan',
    'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
    'How well do the service requirements match the type of service?',
    ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
    ['Not appropriate', 'Less appropriate', 'Appropriate', 'Very appropriate'],
  ],
  [
    'prosedur',
    'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
    'How easy was the service procedure at this unit?',
    ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'],
    ['Not easy', 'Less easy', 'Easy', 'Very easy'],
  ],
  [
    'waktu',
    'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
    'How fast was the service delivered?',
    ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'],
    ['Not fast', 'Less fast', 'Fast', 'Very fast'],
  ],
  [
    'biaya',
    'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
    'How reasonable was the fee/charge for the service?',
    ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'],
    ['Very expensive', 'Fairly expensive', 'Inexpensive', 'Free'],
  ],
  [
    'produk',
    'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
    'How well did the service output you received match what the service standard promises?',
    ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
    ['Not appropriate', 'Less appropriate', 'Appropriate', 'Very appropriate'],
  ],
  [
    'kompetensi',
    'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
    'How competent/capable were the service staff?',
    ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'],
    ['Not competent', 'Less competent', 'Competent', 'Very competent'],
  ],
  [
    'perilaku',
    'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
    'How polite and friendly were the service staff?',
    ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'],
    ['Not polite and friendly', 'Less polite and friendly', 'Polite and friendly', 'Very polite and friendly'],
  ],
  [
    'sarana_prasarana',
    'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
    'How do you rate the quality of the facilities and infrastructure?',
    ['Buruk', 'Cukup', 'Baik', 'Sangat baik'],
    ['Poor', 'Fair', 'Good', 'Very good'],
  ],
  [
    'pengaduan',
    'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
    'How are complaints from service users handled?',
    ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'],
    ['None', 'Exists but not functioning', 'Functioning but not optimal', 'Well managed'],
  ],
];

const questions = (survey: Survey) => survey.pages.flatMap(p => p.questions);
const ids = (survey: Survey) => questions(survey).map(q => q.id);
const find = (survey: Survey, id: string) => questions(survey).find(q => q.id === id) as Question;
const values = (q: Question) => ('options' in q ? q.options.map(o => o.value) : []);

describe('skm preset', () => {
  it('validates with parseSurvey and carries id and version', () => {
    const survey = parseSurvey(skm());
    expect(survey.id).to.equal('skm');
    expect(survey.version).to.equal('2017.1');
    expect(survey.pages).to.have.length(2);
  });

  it('is registered by name for <masukan-survey preset="skm">', () => {
    expect(getPreset('skm')).to.equal(skm);
  });

  it('asks the profile of the official form, then the nine elements, then follow-up and saran', () => {
    expect(ids(skm())).to.deep.equal([
      'jenis_kelamin',
      'usia',
      'pendidikan',
      'pekerjaan',
      'pekerjaan_lainnya',
      ...SKM_ELEMENTS,
      'perbaikan',
      'saran',
    ]);
  });

  it('names the elements by their semantic keys in questionnaire order (U8 sarana, U9 pengaduan)', () => {
    expect(SKM_ELEMENTS).to.deep.equal(OFFICIAL.map(([key]) => key));
    const ratings = questions(skm()).filter(q => q.type === 'rating');
    expect(ratings.map(q => q.id)).to.deep.equal(OFFICIAL.map(([key]) => key));
    expect(ratings[7].id).to.equal('sarana_prasarana');
    expect(ratings[8].id).to.equal('pengaduan');
  });

  for (const [key, questionId, questionEn, labelsId, labelsEn] of OFFICIAL)
    it(`asks ${key} in the official wording with its own labels, scored 1–4, required, with faces`, () => {
      const q = find(skm(), key) as RatingQuestion;
      expect(q.type).to.equal('rating');
      expect(q.required).to.equal(true);
      expect(q.faces).to.equal(true);
      expect(q.label).to.deep.equal({ id: questionId, en: questionEn });
      expect(q.options.map(o => o.value)).to.deep.equal([1, 2, 3, 4]);
      expect(q.options.map(o => o.label)).to.deep.equal(labelsId.map((id, i) => ({ id, en: labelsEn[i] })));
    });

  it('scores "Cukup" on sarana as 2, with no neutral option', () => {
    const q = find(skm(), 'sarana_prasarana') as RatingQuestion;
    expect(q.options.find(o => (o.label as Record<string, string>).id === 'Cukup')!.value).to.equal(2);
    for (const rating of questions(skm()).filter(q => q.type === 'rating')) expect(values(rating)).to.have.length(4);
  });

  it('uses the official profile codes and asks no name, NIK or phone', () => {
    const survey = skm();
    expect(values(find(survey, 'jenis_kelamin'))).to.deep.equal(['L', 'P']);
    expect(values(find(survey, 'pendidikan'))).to.deep.equal(['SD', 'SMP', 'SMA', 'S1', 'S2', 'S3']);
    expect(values(find(survey, 'pekerjaan'))).to.deep.equal(['PNS', 'TNI', 'POLRI', 'SWASTA', 'WIRAUSAHA', 'LAINNYA']);
    expect(find(survey, 'usia')).to.include({ type: 'number', integer: true, min: 10, max: 100, required: true });
    expect(find(survey, 'pekerjaan_lainnya').showIf).to.deep.equal({ question: 'pekerjaan', equals: 'LAINNYA' });
    expect(ids(survey).join(' ')).not.to.match(/nama|nik|telepon|phone|email|alamat/i);
  });

  it('offers the common education extensions only as an option', () => {
    const q = find(parseSurvey(skm({ extendedEducation: true })), 'pendidikan');
    expect(values(q)).to.deep.equal(['TIDAK_SEKOLAH', 'SD', 'SMP', 'SMA', 'D1_D3', 'D4', 'S1', 'S2', 'S3']);
  });

  describe('options', () => {
    it('asks jenis_layanan as a dropdown of the services given, as strings or { value, label }', () => {
      const survey = parseSurvey(
        skm({ services: ['KTP', { value: 'akta_lahir', label: { id: 'Akta kelahiran', en: 'Birth certificate' } }] }),
      );
      const q = find(survey, 'jenis_layanan');
      expect(q.type).to.equal('select');
      expect(q.required).to.equal(true);
      expect('options' in q && q.options).to.deep.equal([
        { value: 'KTP', label: 'KTP' },
        { value: 'akta_lahir', label: { id: 'Akta kelahiran', en: 'Birth certificate' } },
      ]);
      expect(ids(survey).indexOf('jenis_layanan')).to.equal(5);
    });

    it('handles 80+ services of a Mal Pelayanan Publik', () => {
      const services = Array.from({ length: 85 }, (_, i) => `Layanan ${i + 1}`);
      expect(values(find(parseSurvey(skm({ services })), 'jenis_layanan')))
        .to.have.length(85)
        .and.include('Layanan 85');
    });

    it('leaves jenis_layanan out without services (the page puts a fixed service in context)', () => {
      expect(ids(skm())).not.to.include('jenis_layanan');
      expect(ids(skm({ services: [] }))).not.to.include('jenis_layanan');
    });

    it('asks only the profile fields listed, in the official order, and no profile page for []', () => {
      expect(parseSurvey(skm({ profile: ['pekerjaan', 'usia'] })).pages[0].questions.map(q => q.id)).to.deep.equal([
        'usia',
        'pekerjaan',
        'pekerjaan_lainnya',
      ]);
      const none = parseSurvey(skm({ profile: [] }));
      expect(none.pages).to.have.length(1);
      expect(none.pages[0].questions[0].id).to.equal('persyaratan');
      const serviceOnly = parseSurvey(skm({ profile: [], services: ['KTP'] }));
      expect(serviceOnly.pages[0].questions.map(q => q.id)).to.deep.equal(['jenis_layanan']);
    });

    it('drops saran and the follow-up when switched off', () => {
      const survey = parseSurvey(skm({ saran: false, followUp: false }));
      expect(ids(survey).slice(-1)).to.deep.equal(['pengaduan']);
    });

    it('takes a title', () => {
      expect(parseSurvey(skm({ title: 'SKM Kecamatan Ulu Manna' })).title).to.equal('SKM Kecamatan Ulu Manna');
    });

    it('ignores option values of the wrong type (from preset-options JSON)', () => {
      const survey = parseSurvey(
        skm({
          profile: 'usia',
          services: 'KTP',
          saran: 'no',
          followUp: 0,
          extendedEducation: 1,
        } as unknown as undefined),
      );
      expect(ids(survey)).to.deep.equal(ids(skm()));
      expect(parseSurvey(skm(null as unknown as undefined)).id).to.equal('skm');
      expect(ids(skm({ services: [null, 3, 'KTP'] as never[] }))).to.include('jenis_layanan');
    });

    it('leaves bad texts and services to parseSurvey, which names them', () => {
      expect(() => parseSurvey(skm({ services: ['KTP', 'KTP'] }))).to.throw(/questions\[5\]\.options: /);
      expect(() => parseSurvey(skm({ services: [{ value: 'x', label: 5 }] as never[] }))).to.throw(
        /options\[0\]\.label/,
      );
      expect(() => parseSurvey(skm({ title: 7 } as never))).to.throw(/^\s*title: /m);
    });
  });

  describe('follow-up "Apa yang perlu diperbaiki?"', () => {
    const answers = (value: number) => Object.fromEntries(SKM_ELEMENTS.map(k => [k, k === 'waktu' ? value : 3]));
    const page = (survey: Survey) => survey.pages[1];

    it('shows only when an element is rated 1 or 2', () => {
      const survey = parseSurvey(skm());
      for (const [value, shown] of [
        [1, true],
        [2, true],
        [3, false],
        [4, false],
      ] as const)
        expect(visibleQuestions(survey, page(survey), answers(value)).some(q => q.id === 'perbaikan')).to.equal(shown);
      expect(visibleQuestions(survey, page(survey), {}).some(q => q.id === 'perbaikan')).to.equal(false);
    });

    it('is optional, and its answer is dropped when it is hidden', () => {
      const survey = parseSurvey(skm());
      expect(find(survey, 'perbaikan').required).not.to.equal(true);
      const low = createResponse(survey, { ...answers(2), perbaikan: 'Antrean lama' }, { lang: 'id' });
      expect(low.answers.perbaikan).to.equal('Antrean lama');
      const fine = createResponse(survey, { ...answers(3), perbaikan: 'Antrean lama' }, { lang: 'id' });
      expect(fine.answers).not.to.have.property('perbaikan');
    });
  });
});

// ---- In the element, keyboard only ----

const press = (key: string) => sendKeys({ press: key });
const type = (text: string) => sendKeys({ type: text });
const active = (el: MasukanSurvey) => el.shadowRoot!.activeElement as HTMLInputElement | null;
const settle = async (el: MasukanSurvey) => {
  await el.updateComplete;
  await new Promise(r => setTimeout(r));
};

/** From the first radio of a group (focused by Tab), picks the option with this position (1-based) by keyboard. */
async function pick(el: MasukanSurvey, position: number) {
  if (position === 1) await press('Space');
  for (let i = 1; i < position; i++) await press('ArrowDown');
  await settle(el);
}

/**
 * The survey with a button before it that takes the first focus, so the walk starts with Tab like a real visitor's.
 * (Not a fixture of a wrapping <div>: that waits for an animation frame, which never comes in a background tab.)
 */
async function mount(template: ReturnType<typeof html>) {
  const el = await fixture<MasukanSurvey>(template);
  const start = document.createElement('button');
  start.textContent = 'mulai';
  el.before(start);
  start.focus();
  return el;
}

async function submitted(el: MasukanSurvey, action: () => Promise<void>): Promise<SurveyResponse> {
  const event = oneEvent(el, 'masukan-submit');
  await action();
  const { detail } = await event;
  return detail.response;
}

describe('<masukan-survey preset="skm">', () => {
  it('should pass accessibility tests on both pages', async () => {
    const el = await mount(html`<masukan-survey preset="skm"></masukan-survey>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Survei Kepuasan Masyarakat');
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await settle(el);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Community Satisfaction Survey');
    await expect(el).to.be.accessible();
  });

  it('can be filled in and submitted with the keyboard alone', async function () {
    this.timeout(60000);
    const el = await mount(
      html`<masukan-survey
        preset="skm"
        preset-options='{"services": ["KTP", "Kartu Keluarga", "Akta Kelahiran"]}'
        context='{"unit": "MPP Kota"}'
        @masukan-submit=${(e: Event) => e.preventDefault()}
      ></masukan-survey>`,
    );
    // Page 1: profile.
    await press('Tab');
    expect(active(el)!.name).to.equal('jenis_kelamin');
    await pick(el, 2); // P
    await press('Tab');
    expect(active(el)!.id).to.equal('q-usia');
    await type('34');
    await press('Tab');
    expect(active(el)!.name).to.equal('pendidikan');
    await pick(el, 4); // S1
    await press('Tab');
    expect(active(el)!.name).to.equal('pekerjaan');
    await pick(el, 6); // LAINNYA: the free-text question appears
    await press('Tab');
    expect(active(el)!.id).to.equal('q-pekerjaan_lainnya');
    await type('Petani');
    await press('Tab');
    expect(active(el)!.id).to.equal('q-jenis_layanan');
    await press('ArrowDown');
    await press('ArrowDown');
    await settle(el);
    await press('Tab');
    expect(active(el)!.textContent!.trim()).to.equal('Berikutnya');
    await press('Enter');
    await settle(el);

    // Page 2: the nine elements, then the follow-up (shown because waktu gets 2) and saran.
    await expect(el).to.be.accessible();
    const scores = [4, 3, 2, 4, 3, 3, 4, 2, 3];
    for (const [i, key] of SKM_ELEMENTS.entries()) {
      await press('Tab');
      expect(active(el)!.name).to.equal(key);
      await pick(el, scores[i]);
    }
    await press('Tab');
    expect(active(el)!.id).to.equal('q-perbaikan');
    await type('Antre lama');
    await press('Tab');
    expect(active(el)!.id).to.equal('q-saran');
    await type('Loket');
    await press('Tab'); // Sebelumnya
    await press('Tab');
    expect(active(el)!.textContent!.trim()).to.equal('Kirim');
    const response = await submitted(el, () => press('Enter'));

    expect(response.surveyId).to.equal('skm');
    expect(response.surveyVersion).to.equal('2017.1');
    expect(response.context).to.deep.equal({ unit: 'MPP Kota' });
    expect(response.answers).to.deep.equal({
      jenis_kelamin: 'P',
      usia: 34,
      pendidikan: 'S1',
      pekerjaan: 'LAINNYA',
      pekerjaan_lainnya: 'Petani',
      jenis_layanan: 'Kartu Keluarga',
      ...Object.fromEntries(SKM_ELEMENTS.map((key, i) => [key, scores[i]])),
      perbaikan: 'Antre lama',
      saran: 'Loket',
    });
    for (const key of SKM_ELEMENTS) expect(response.answers[key]).to.be.oneOf([1, 2, 3, 4]);
  });

  it('shows the follow-up only while an element is rated 1 or 2, and drops it when hidden again', async function () {
    this.timeout(60000);
    const el = await mount(
      html`<masukan-survey
        preset="skm"
        preset-options='{"profile": [], "saran": false}'
        @masukan-submit=${(e: Event) => e.preventDefault()}
      ></masukan-survey>`,
    );
    const followUp = () => el.shadowRoot!.querySelector('#q-perbaikan');
    await press('Tab');
    await pick(el, 2); // persyaratan: 2
    expect(followUp()).to.exist;
    await press('ArrowDown'); // persyaratan: 3
    await settle(el);
    expect(followUp()).to.equal(null);
    await press('ArrowUp'); // back to 2
    await settle(el);
    for (let i = 1; i < 9; i++) {
      await press('Tab');
      await pick(el, 3);
    }
    await press('Tab');
    expect(active(el)!.id).to.equal('q-perbaikan');
    await type('Syarat');
    // Back to persyaratan (Shift+Tab through the eight groups) and raise it to 4: the follow-up disappears.
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 9; i++) await press('Tab');
    await sendKeys({ up: 'Shift' });
    expect(active(el)!.name).to.equal('persyaratan');
    await press('ArrowDown');
    await press('ArrowDown');
    await settle(el);
    expect(followUp()).to.equal(null);
    await press('Tab');
    expect(active(el)!.name).to.equal('prosedur');
    for (let i = 0; i < 8; i++) await press('Tab');
    expect(active(el)!.textContent!.trim()).to.equal('Kirim');
    const response = await submitted(el, () => press('Enter'));
    expect(response.answers).to.deep.equal(Object.fromEntries(SKM_ELEMENTS.map((k, i) => [k, i ? 3 : 4])));
  });

  it('reports the first unanswered element instead of submitting', async () => {
    const el = await mount(html`<masukan-survey preset="skm" preset-options='{"profile": []}'></masukan-survey>`);
    let submits = 0;
    el.addEventListener('masukan-submit', e => (submits++, e.preventDefault()));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.focus();
    await press('Enter');
    await settle(el);
    expect(submits).to.equal(0);
    expect(active(el)!.name).to.equal('persyaratan');
  });
});
