import { fixture, fixtureCleanup, html, expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { MasukanSurvey } from '../../src/components/survey/survey.js';
import type { SurveyResponse } from '../../src/core/schema.js';
import { fullSurvey } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';
import { $, clickOn, focused, option, settle } from '../helpers/dom.js';
import { rgb } from '../helpers/color.js';
import { unique } from '../outbox/helpers.js';
import '../../src/i18n/problems/index.js'; // as importing `masukan` does

/**
 * A survey element showing `definition`, whose `sender` captures the responses (stored first in an outbox of its
 * own, so tests do not share one).
 */
async function render(definition: unknown = fullSurvey(), lang = 'id') {
  const sent: SurveyResponse[] = [];
  const el = await fixture<MasukanSurvey>(
    html`<masukan-survey
      lang=${lang}
      outbox=${unique('survey')}
      .definition=${definition}
      .sender=${async (r: SurveyResponse) => void sent.push(r)}
    ></masukan-survey>`,
  );
  await settle(el);
  return { el, sent };
}

/** Waits until the sender got `count` responses (it gets them from the outbox, after the thank-you). */
const sentCount = (sent: SurveyResponse[], count = 1) =>
  until(() => sent.length >= count, 5000, `${count} response(s) at the sender`);

const press = async (el: MasukanSurvey, key: string) => {
  await sendKeys({ press: key });
  await settle(el);
};
const type = async (el: MasukanSurvey, text: string) => {
  await sendKeys({ type: text });
  await settle(el);
};

describe('<masukan-survey>', () => {
  afterEach(() => fixtureCleanup());

  it('should pass accessibility tests on every page', async () => {
    const { el } = await render();
    await expect(el).to.be.accessible();
    await clickOn(option(el, 'kepuasan', 'Tidak puas')); // reveals the follow-up textarea
    await settle(el);
    await expect(el).to.be.accessible();
    await clickOn($(el, 'button[type=submit]')); // the required follow-up is empty: error state
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('renders title, description, progress and page title', async () => {
    const { el } = await render();
    expect($(el, '[part=title]').textContent).to.equal('Survei uji');
    expect($(el, '[part=progress]').textContent).to.equal('Halaman 1 dari 2');
    expect($(el, '.page-title').textContent).to.equal('Penilaian');
    expect($(el, 'button[type=submit]').textContent!.trim()).to.equal('Berikutnya');
  });

  it('uses native semantics: fieldset/legend for groups, label for fields', async () => {
    const { el } = await render();
    const group = $(el, '[data-question=kepuasan]');
    expect(group.tagName).to.equal('FIELDSET');
    expect(group.querySelector('legend')!.textContent).to.contain('Seberapa puas Anda?');
    expect(group.querySelectorAll('input[type=radio][name=kepuasan]')).to.have.length(4);
    // faces are decoration next to text labels, hidden from assistive technology
    expect(group.querySelectorAll('svg[aria-hidden=true]')).to.have.length(4);
    expect(option(el, 'kepuasan', 'Sangat puas')).to.exist;
  });

  describe('mouse', () => {
    it('answers every question type and submits the response', async () => {
      const { el, sent } = await render();
      await clickOn(option(el, 'kepuasan', 'Puas'));
      await clickOn(option(el, 'kanal', 'Teman'));
      await settle(el);
      await clickOn($(el, 'button[type=submit]'));
      await settle(el);
      expect($(el, '[part=progress]').textContent).to.equal('Halaman 2 dari 2');

      await clickOn(option(el, 'fasilitas', 'Parkir'));
      await clickOn(option(el, 'fasilitas', 'Toilet'));
      const select = $(el, '#q-layanan') as HTMLSelectElement;
      select.focus();
      select.selectedIndex = 2; // a dropdown's popup is not in the page DOM; pick as the browser does, then fire change
      select.dispatchEvent(new Event('change'));
      await clickOn($(el, '#q-nama_petugas'));
      await type(el, 'Bu Sari');
      await clickOn($(el, '#q-usia'));
      await type(el, '42');
      const submit = oneEvent(el, 'masukan-submit');
      await clickOn($(el, 'button[type=submit]'));
      const { detail } = await submit;
      await settle(el);
      await sentCount(sent);

      expect(detail.response.answers).to.deep.equal({
        kepuasan: 3,
        kanal: 'teman',
        fasilitas: ['parkir', 'toilet'],
        layanan: 'akta',
        nama_petugas: 'Bu Sari',
        usia: 42,
      });
      expect(sent).to.have.length(1);
      expect(sent[0]).to.deep.equal(detail.response);
      expect($(el, '[part=thank-you] h2').textContent).to.equal('Terima kasih!');
      await expect(el).to.be.accessible();
    });

    it('goes back and forth without losing answers', async () => {
      const { el } = await render();
      await clickOn(option(el, 'kepuasan', 'Sangat puas'));
      await clickOn($(el, 'button[type=submit]'));
      await settle(el);
      const select = $(el, '#q-layanan') as HTMLSelectElement;
      select.selectedIndex = 2;
      select.dispatchEvent(new Event('change'));
      await clickOn($(el, '[part=nav] button:not([type=submit])'));
      await settle(el);
      expect($(el, '[part=progress]').textContent).to.equal('Halaman 1 dari 2');
      expect(($(el, 'input[name=kepuasan][value="4"]') as HTMLInputElement).checked).to.equal(true);
      await clickOn($(el, 'button[type=submit]'));
      await settle(el);
      // a new select, built from the answer
      expect($(el, '#q-layanan')).not.to.equal(select);
      expect(($(el, '#q-layanan') as HTMLSelectElement).value).to.equal('akta');
    });

    it('renders again only the question an answer changed', async () => {
      const { el } = await render();
      await clickOn(option(el, 'kepuasan', 'Puas'));
      await clickOn($(el, 'button[type=submit]'));
      await settle(el);
      const firstService = $(el, '#q-layanan option:nth-child(2)');
      await clickOn(option(el, 'fasilitas', 'Parkir'));
      await settle(el);
      expect($(el, '#q-layanan option:nth-child(2)')).to.equal(firstService); // the dropdown was left as it was
      ($(el, '#q-layanan') as HTMLSelectElement).selectedIndex = 2;
      $(el, '#q-layanan').dispatchEvent(new Event('change'));
      await settle(el);
      expect($(el, '#q-layanan option:nth-child(2)')).not.to.equal(firstService); // its own answer renders it again
      expect(($(el, '#q-layanan') as HTMLSelectElement).value).to.equal('akta');
    });
  });

  describe('keyboard', () => {
    it('completes the whole survey with the keyboard alone', async () => {
      const { el, sent } = await render();
      await press(el, 'Tab'); // first radio of the rating group
      expect(focused(el)).to.have.attribute('name', 'kepuasan');
      await press(el, 'ArrowRight'); // moves and checks: 2 (Kurang puas)
      await press(el, 'ArrowRight'); // 3 (Puas)
      expect(($(el, 'input[name=kepuasan][value="3"]') as HTMLInputElement).checked).to.equal(true);
      await press(el, 'Tab'); // the "kanal" radio group
      await press(el, 'ArrowDown'); // no radio checked yet: arrow moves to and checks the second option
      await press(el, 'Tab'); // Next
      expect(focused(el)).to.have.attribute('type', 'submit');
      await press(el, 'Enter');
      expect($(el, '[part=progress]').textContent).to.equal('Halaman 2 dari 2');

      // Page 2: focus was moved to the page start; Tab into the checkbox group.
      await press(el, 'Tab');
      expect(focused(el)).to.have.attribute('type', 'checkbox');
      await press(el, 'Space'); // parkir
      await press(el, 'Tab');
      await press(el, 'Space'); // ruang_tunggu
      await press(el, 'Tab'); // toilet, left unchecked
      await press(el, 'Tab'); // select
      expect(focused(el)!.tagName).to.equal('SELECT');
      await press(el, 'ArrowDown'); // a closed select changes its value with arrow keys
      await press(el, 'Tab');
      await type(el, 'Pak Budi');
      await press(el, 'Tab');
      await type(el, '35');
      await press(el, 'Enter'); // Enter in a text field submits the form
      await sentCount(sent);
      expect(sent).to.have.length(1);
      expect(sent[0].answers).to.deep.equal({
        kepuasan: 3,
        kanal: 'teman',
        fasilitas: ['parkir', 'ruang_tunggu'],
        layanan: 'ktp',
        nama_petugas: 'Pak Budi',
        usia: 35,
      });
      expect(focused(el)).to.have.class('thanks');
    });

    it('types into a textarea and shows the characters left', async () => {
      const { el } = await render();
      await clickOn(option(el, 'kepuasan', 'Kurang puas'));
      await settle(el);
      await press(el, 'Tab');
      expect(focused(el)!.tagName).to.equal('TEXTAREA');
      await type(el, 'Antrean lama');
      expect($(el, '[part=counter]').textContent).to.equal('Sisa 188 karakter');
    });
  });

  describe('showIf', () => {
    it('shows a follow-up for low ratings and drops its answer when hidden again', async () => {
      const { el, sent } = await render();
      expect(el.shadowRoot!.querySelector('[data-question=masalah]')).to.equal(null);
      await clickOn(option(el, 'kepuasan', 'Tidak puas'));
      await settle(el);
      await clickOn($(el, '#q-masalah'));
      await type(el, 'Terlalu lama');
      await clickOn(option(el, 'kepuasan', 'Sangat puas'));
      await settle(el);
      expect(el.shadowRoot!.querySelector('[data-question=masalah]')).to.equal(null);
      await clickOn($(el, 'button[type=submit]'));
      await settle(el);
      await clickOn($(el, '#q-layanan'));
      await press(el, 'Escape');
      ($(el, '#q-layanan') as HTMLSelectElement).selectedIndex = 1;
      $(el, '#q-layanan').dispatchEvent(new Event('change'));
      await clickOn($(el, 'button[type=submit]'));
      await settle(el);
      await sentCount(sent);
      expect(sent[0].answers).to.deep.equal({ kepuasan: 4, layanan: 'ktp' });
    });
  });

  describe('validation', () => {
    it('marks required questions, announces the count and focuses the first', async () => {
      const { el, sent } = await render();
      await clickOn($(el, 'button[type=submit]'));
      await settle(el);
      expect($(el, '[part=error-summary]').getAttribute('role')).to.equal('alert');
      expect($(el, '[part=error-summary]').textContent).to.equal('1 pertanyaan perlu diperbaiki.');
      expect($(el, '#error-kepuasan').textContent).to.equal('Pertanyaan ini wajib dijawab.');
      const first = $(el, 'input[name=kepuasan]');
      expect(focused(el)).to.equal(first);
      expect(first.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '[data-question=kepuasan]').getAttribute('aria-describedby')).to.equal('error-kepuasan');
      expect($(el, '[part=progress]').textContent).to.equal('Halaman 1 dari 2'); // did not advance
      expect(sent).to.have.length(0);

      await press(el, 'Space'); // answering clears the error
      expect($(el, '#error-kepuasan').textContent).to.equal('');
      expect($(el, '[part=error-summary]').textContent).to.equal('');
    });

    it('checks bounds on the last page and blocks submit until fixed', async () => {
      const { el, sent } = await render();
      await clickOn(option(el, 'kepuasan', 'Puas'));
      await clickOn($(el, 'button[type=submit]'));
      await settle(el);
      await clickOn(option(el, 'fasilitas', 'Parkir'));
      await clickOn(option(el, 'fasilitas', 'Ruang tunggu'));
      await clickOn(option(el, 'fasilitas', 'Toilet'));
      await clickOn($(el, '#q-usia'));
      await type(el, '12,5');
      await clickOn($(el, 'button[type=submit]'));
      await settle(el);
      expect($(el, '[part=error-summary]').textContent).to.equal('3 pertanyaan perlu diperbaiki.');
      expect($(el, '#error-fasilitas').textContent).to.equal('Pilih paling banyak 2.');
      expect($(el, '#error-layanan').textContent).to.equal('Pertanyaan ini wajib dijawab.');
      expect($(el, '#error-usia').textContent).to.equal('Masukkan bilangan bulat.');
      expect($(el, '#q-usia').getAttribute('aria-describedby')).to.equal('error-usia');
      expect(focused(el)).to.have.attribute('name', 'fasilitas');
      expect(sent).to.have.length(0);
    });
  });

  describe('language', () => {
    it('switches every UI string and survey text live', async () => {
      const { el } = await render();
      el.lang = 'en';
      await settle(el);
      expect($(el, '[part=title]').textContent).to.equal('Test survey');
      expect($(el, '[part=progress]').textContent).to.equal('Page 1 of 2');
      expect($(el, 'button[type=submit]').textContent!.trim()).to.equal('Next');
      expect(option(el, 'kepuasan', 'Very satisfied')).to.exist;
      expect(option(el, 'kanal', 'Situs web')).to.exist; // a plain string stays as written
      expect($(el, '[part=base]').getAttribute('lang')).to.equal('en');
      await clickOn($(el, 'button[type=submit]'));
      await settle(el);
      expect($(el, '[part=error-summary]').textContent).to.equal('1 question needs attention.');
      el.setAttribute('lang', 'id');
      await settle(el);
      expect($(el, '#error-kepuasan').textContent).to.equal('Pertanyaan ini wajib dijawab.');
    });

    it('records the language in the response', async () => {
      const { el, sent } = await render(fullSurvey(), 'en');
      await clickOn(option(el, 'kepuasan', 'Satisfied'));
      await clickOn($(el, 'button[type=submit]'));
      await settle(el);
      ($(el, '#q-layanan') as HTMLSelectElement).selectedIndex = 3;
      $(el, '#q-layanan').dispatchEvent(new Event('change'));
      await clickOn($(el, 'button[type=submit]'));
      await settle(el);
      await sentCount(sent);
      expect(sent[0].lang).to.equal('en');
      expect(sent[0].answers.layanan).to.equal('nib');
    });
  });

  describe('security', () => {
    it('renders markup in survey texts as literal text', async () => {
      const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
      const { el } = await render({
        id: 'x',
        version: 1,
        title: evil,
        description: evil,
        pages: [
          {
            title: evil,
            questions: [
              {
                id: 'a',
                type: 'single',
                label: evil,
                help: evil,
                options: [
                  { value: 'v', label: evil },
                  { value: 'w', label: 'ok' },
                ],
              },
              { id: 'b', type: 'select', label: evil, options: [{ value: 'v', label: evil }] },
            ],
          },
        ],
        thankYou: evil,
      });
      await new Promise(r => setTimeout(r, 50));
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('img, script')).to.have.length(0);
      expect($(el, '[part=title]').textContent).to.equal(evil);
      expect($(el, '[data-question=a] legend').textContent).to.contain(evil);
      expect(option(el, 'a', evil)).to.exist;
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      await clickOn($(el, 'button[type=submit]'));
      await until(() => el.shadowRoot!.querySelector('[part=thank-you]'), 5000, 'the thank-you view');
      expect($(el, '[part=thank-you] h2').textContent).to.equal(evil);
      expect(root.querySelectorAll('img, script')).to.have.length(0);
    });
  });

  describe('definition sources', () => {
    it('loads a definition from src', async () => {
      const el = await fixture<MasukanSurvey>(
        html`<masukan-survey src="/test/fixtures/surveys/valid.json"></masukan-survey>`,
      );
      await until(() => el.shadowRoot!.querySelector('[part=title]'));
      expect($(el, '[part=title]').textContent).to.equal('Survei dari berkas');
      expect(el.currentSurvey!.id).to.equal('dari-berkas');
    });

    it('reads an inline JSON script child', async () => {
      const el = await fixture<MasukanSurvey>(
        html`<masukan-survey lang="en"
          ><script type="application/json">
            {
              "id": "inline",
              "version": 1,
              "title": { "id": "Sebaris", "en": "Inline" },
              "pages": [{ "questions": [{ "id": "a", "type": "text", "label": "A" }] }]
            }
          </script></masukan-survey
        >`,
      );
      await until(() => el.shadowRoot!.querySelector('[part=title]'));
      expect($(el, '[part=title]').textContent).to.equal('Inline');
    });

    for (const [name, src, expected] of [
      [
        'an invalid definition',
        '/test/fixtures/surveys/invalid.json',
        'pages[0].questions[0].options: terlalu sedikit',
      ],
      ['a missing file', '/test/fixtures/surveys/missing.json', 'HTTP 404'],
      ['a file that is not JSON', '/test/fixtures/surveys/not-json.json', 'not-json.json: bukan JSON yang valid'],
    ])
      it(`shows a readable error for ${name}, logs it and dispatches masukan-error`, async () => {
        const logged: unknown[][] = [];
        const original = console.error;
        console.error = (...args: unknown[]) => void logged.push(args);
        try {
          const el = document.createElement('masukan-survey');
          const event = oneEvent(el, 'masukan-error');
          el.src = src;
          document.body.append(el);
          const { detail } = await event;
          await settle(el);
          expect(detail.error).to.be.instanceOf(Error);
          const box = $(el, '[part=problem]');
          expect(box.getAttribute('role')).to.equal('alert');
          expect(box.textContent).to.contain(expected);
          expect(logged.flat().join(' ')).to.contain(
            name === 'an invalid definition' ? 'pages[0].questions[0].options' : src,
          );
          await expect(el).to.be.accessible();
          el.remove();
        } finally {
          console.error = original;
        }
      });

    it('explains an invalid definition in the current language', async () => {
      const { el } = await render(
        { id: 'x', version: 1, title: 'T', pages: [{ questions: [{ id: 'a', type: 'nope', label: 'A' }] }] },
        'en',
      );
      expect($(el, '[part=problem]').textContent).to.contain('pages[0].questions[0].type: unknown question type');
      el.lang = 'id';
      await settle(el);
      expect($(el, '[part=problem] p').textContent).to.contain('Survei tidak dapat ditampilkan');
      expect($(el, '[part=problem] li').textContent).to.contain(
        'pages[0].questions[0].type: jenis pertanyaan tidak dikenal',
      );
    });

    it('lists every problem of a definition at once, of different kinds', async () => {
      const { el } = await render({
        id: 'x',
        version: 1,
        title: 'T',
        pages: [
          {
            questions: [
              { id: 'a', type: 'slider', label: 'A' },
              { id: 'b', type: 'text', label: 'B', showIf: { question: 'nope', answered: true } },
            ],
          },
        ],
      });
      const lines = [...el.shadowRoot!.querySelectorAll('[part=problem] li')].map(li => li.textContent);
      expect(lines).to.deep.equal([
        'pages[0].questions[0].type: jenis pertanyaan tidak dikenal (pilihan: "rating", "single", "multi", "select", "text", "textarea", "number")',
        'pages[0].questions[1].showIf: merujuk ke pertanyaan "nope" yang tidak ada',
      ]);
    });

    it('says in the current language that inline JSON is malformed, and that a file could not be loaded', async () => {
      const inline = await fixture<MasukanSurvey>(
        html`<masukan-survey
          ><script type="application/json">
            { "id": "x",
          </script></masukan-survey
        >`,
      );
      await until(() => inline.shadowRoot!.querySelector('[part=problem]'));
      expect($(inline, '[part=problem] p').textContent).to.equal(
        'Survei tidak dapat ditampilkan karena definisinya tidak valid:',
      );
      expect($(inline, '[part=problem] li').textContent).to.equal('script: bukan JSON yang valid');
      inline.lang = 'en';
      await settle(inline);
      expect($(inline, '[part=problem] li').textContent).to.equal('script: not valid JSON');

      const missing = await fixture<MasukanSurvey>(
        html`<masukan-survey src="/test/fixtures/surveys/missing.json"></masukan-survey>`,
      );
      await until(() => missing.shadowRoot!.querySelector('[part=problem]'));
      expect($(missing, '[part=problem] p').textContent).to.equal(
        'Survei tidak dapat ditampilkan karena tidak dapat dimuat:',
      );
      expect($(missing, '[part=problem] li').textContent).to.equal('/test/fixtures/surveys/missing.json: HTTP 404');
    });

    it('reports an unknown preset and a missing definition instead of a blank box', async () => {
      const el = await fixture<MasukanSurvey>(html`<masukan-survey preset="tidak-ada"></masukan-survey>`);
      await settle(el);
      expect($(el, '[part=problem]').textContent).to.contain('preset: preset "tidak-ada" tidak dikenal');
      const empty = await fixture<MasukanSurvey>(html`<masukan-survey></masukan-survey>`);
      await until(() => empty.shadowRoot!.querySelector('[part=problem]'));
      expect($(empty, '[part=problem]').textContent).to.contain('Belum ada definisi survei');
    });
  });

  describe('responses', () => {
    it('copies the context attribute into the response', async () => {
      const sent: SurveyResponse[] = [];
      const el = await fixture<MasukanSurvey>(
        html`<masukan-survey
          context='{"agency":"DPMPTSP","counter":3}'
          outbox=${unique('survey')}
          .definition=${{ id: 'c', version: 1, title: 'C', pages: [{ questions: [{ id: 'a', type: 'text', label: 'A' }] }] }}
          .sender=${async (r: SurveyResponse) => void sent.push(r)}
        ></masukan-survey>`,
      );
      await settle(el);
      await clickOn($(el, 'button[type=submit]'));
      await settle(el);
      await sentCount(sent);
      expect(sent[0].context).to.deep.equal({ agency: 'DPMPTSP', counter: 3 });
      expect(sent[0].surveyId).to.equal('c');
      expect(sent[0].submittedAt).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    });

    it('logs a context attribute that is not a JSON object and carries on without it', async () => {
      const logged: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => void logged.push(args.join(' '));
      try {
        const sent: SurveyResponse[] = [];
        const el = await fixture<MasukanSurvey>(
          html`<masukan-survey
            context="{agency: DPMPTSP"
            outbox=${unique('survey')}
            .definition=${{ id: 'c', version: 1, title: 'C', pages: [{ questions: [{ id: 'a', type: 'text', label: 'A' }] }] }}
            .sender=${async (r: SurveyResponse) => void sent.push(r)}
          ></masukan-survey>`,
        );
        await settle(el);
        expect(logged).to.deep.equal(['<masukan-survey> context is not a JSON object: {agency: DPMPTSP']);
        await clickOn($(el, 'button[type=submit]'));
        await settle(el);
        await sentCount(sent);
        expect(sent[0].context).to.deep.equal({});
      } finally {
        console.error = original;
      }
    });

    it('lets the page cancel masukan-submit', async () => {
      const { el, sent } = await render({
        id: 'c',
        version: 1,
        title: 'C',
        pages: [{ questions: [{ id: 'a', type: 'text', label: 'A' }] }],
      });
      el.addEventListener('masukan-submit', e => e.preventDefault(), { once: true });
      await clickOn($(el, 'button[type=submit]'));
      await settle(el);
      expect(sent).to.have.length(0);
      expect(el.shadowRoot!.querySelector('[part=thank-you]')).to.equal(null);
    });

    it('starts a new response after reset()', async () => {
      const { el, sent } = await render({
        id: 'c',
        version: 1,
        title: 'C',
        pages: [{ questions: [{ id: 'a', type: 'text', label: 'A' }] }],
      });
      await clickOn($(el, '#q-a'));
      await type(el, 'satu');
      await press(el, 'Enter');
      await until(() => el.shadowRoot!.querySelector('[part=thank-you]'), 5000, 'the thank-you view');
      el.reset();
      await settle(el);
      expect(($(el, '#q-a') as HTMLInputElement).value).to.equal('');
      await clickOn($(el, '#q-a'));
      await type(el, 'dua');
      await press(el, 'Enter');
      await sentCount(sent, 2);
      expect(sent.map(r => r.answers.a)).to.deep.equal(['satu', 'dua']);
      expect(sent[0].id).not.to.equal(sent[1].id);
    });
  });

  describe('ids that name Object.prototype members', () => {
    it('renders, validates and submits them like any other id', async () => {
      const ids = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];
      const { el, sent } = await render({
        id: 'members',
        version: 1,
        title: 'Anggota prototipe',
        pages: [{ questions: ids.map(id => ({ id, type: 'text', label: id, required: true })) }],
      });
      expect(el.shadowRoot!.querySelectorAll('[data-question]')).to.have.length(4);
      for (const id of ids) expect(($(el, `#q-${id}`) as HTMLInputElement).value).to.equal('');
      await clickOn($(el, 'button[type=submit]'));
      await settle(el);
      expect($(el, '[part=error-summary]').textContent).to.equal('4 pertanyaan perlu diperbaiki.');
      for (const id of ids) {
        await clickOn($(el, `#q-${id}`));
        await type(el, `isi ${id}`);
      }
      await clickOn($(el, 'button[type=submit]'));
      await sentCount(sent);
      expect(JSON.parse(JSON.stringify(sent[0].answers))).to.deep.equal(
        Object.fromEntries(ids.map(id => [id, `isi ${id}`])),
      );
    });
  });

  describe('headers', () => {
    it('checks headers when they are set, and reports one that cannot be sent', async () => {
      const logged: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => void logged.push(args);
      try {
        const { el } = await render();
        const event = oneEvent(el, 'masukan-error');
        el.headers = { 'x-petugas': 'Budi 李' };
        const { detail } = await event;
        expect(detail.error.message).to.match(/^headers cannot be sent: .*ISO-8859-1/);
        expect(logged.flat().join(' ')).to.contain('<masukan-survey> headers cannot be sent');
      } finally {
        console.error = original;
      }
    });
  });

  describe('layout', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    it('fits 320 px (and so 200 % zoom of 640 px) without horizontal scrolling, with 44 px targets', async () => {
      await setViewport({ width: 320, height: 640 });
      const { el } = await render();
      await clickOn(option(el, 'kepuasan', 'Tidak puas'));
      await settle(el);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const base = $(el, '[part=base]');
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      const targets = el.shadowRoot!.querySelectorAll<HTMLElement>('label.option, button, textarea');
      expect(targets.length).to.be.greaterThan(5);
      for (const target of targets) {
        const { width, height } = target.getBoundingClientRect();
        expect(Math.min(width, height), target.textContent!).to.be.at.least(44);
      }
    });

    it('keeps the selected option and errors visible in forced colours', async () => {
      const { el } = await render();
      await executeServerCommand('forced-colors', { active: true });
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        await clickOn(option(el, 'kepuasan', 'Puas'));
        await settle(el);
        // in forced colours backgrounds are dropped: the selected option is marked by a thicker border instead
        expect(getComputedStyle(option(el, 'kepuasan', 'Puas')).borderTopWidth).to.equal('3px');
        expect(getComputedStyle(option(el, 'kepuasan', 'Tidak puas')).borderTopWidth).to.equal('1px');
      } finally {
        await executeServerCommand('forced-colors', { active: false });
      }
    });

    it('shows a tapped option as selected at once, with no transition to paint', async () => {
      const { el } = await render();
      const puas = option(el, 'kepuasan', 'Puas');
      expect(getComputedStyle(puas).transitionDuration).to.equal('0s');
      await clickOn(puas);
      await settle(el);
      expect(getComputedStyle(puas).borderColor).to.equal(getComputedStyle(puas.querySelector('input')!).accentColor);
    });
  });

  describe('theming', () => {
    let style: HTMLStyleElement;
    afterEach(() => style.remove());

    it('takes tokens and ::part() from the page, keeps other page styles out and its own in', async () => {
      style = document.createElement('style');
      style.textContent = `
        body { color: rgb(255, 0, 0); line-height: 5; text-align: right; letter-spacing: 0.5em; font-size: 40px; }
        label, button, .option, .title { display: none !important; }
        masukan-survey { --masukan-color-accent: rgb(1, 2, 3); }
        masukan-survey::part(title) { text-transform: uppercase; }`;
      document.head.append(style);
      const outside = document.createElement('p');
      outside.className = 'option summary';
      document.body.append(outside);
      const { el } = await render();
      const title = $(el, '[part=title]');
      expect(getComputedStyle(title).display).to.equal('block');
      expect(getComputedStyle(title).textTransform).to.equal('uppercase');
      expect(getComputedStyle(title).color).not.to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(title).letterSpacing).to.equal('normal');
      expect(getComputedStyle(title).textAlign).not.to.equal('right');
      expect(getComputedStyle(option(el, 'kepuasan', 'Puas')).display).to.equal('flex');
      expect(rgb(getComputedStyle($(el, 'button.primary')).backgroundColor)).to.deep.equal([1, 2, 3]);
      // the component's styles do not leak out to page elements with the same class names
      expect(getComputedStyle(outside).borderStyle).to.equal('none');
      outside.remove();
    });
  });

  it('tolerates being defined twice', () => {
    expect(() => MasukanSurvey.define('masukan-survey')).not.to.throw();
    expect(customElements.get('masukan-survey')).to.equal(MasukanSurvey);
  });
});
