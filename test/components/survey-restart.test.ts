import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/survey/survey.js';
import type { MasukanSurvey } from '../../src/components/survey/survey.js';
import type { SurveyResponse } from '../../src/core/schema.js';
import { $, clickOn, focused, option, settle } from '../helpers/dom.js';
import { until } from '../helpers/wait.js';

// <masukan-survey restart>: a simple shared device without the kiosk.
const definition = {
  id: 'restart',
  version: 1,
  title: 'Survei',
  pages: [
    {
      questions: [
        {
          id: 'puas',
          type: 'rating',
          label: 'Puas?',
          required: true,
          options: [
            { value: 1, label: 'Tidak' },
            { value: 2, label: 'Ya' },
          ],
        },
      ],
    },
    { questions: [{ id: 'saran', type: 'text', label: 'Saran' }] },
  ],
};

async function render(restart: boolean) {
  const sent: SurveyResponse[] = [];
  const el = await fixture<MasukanSurvey>(
    html`<masukan-survey
      ?restart=${restart}
      .definition=${definition}
      .sender=${async (r: SurveyResponse) => void sent.push(r)}
    ></masukan-survey>`,
  );
  await settle(el);
  return { el, sent };
}

describe('<masukan-survey restart>', () => {
  afterEach(() => fixtureCleanup());

  it('offers "Isi survei baru" on the thank-you view, which starts a clean survey with focus on it', async () => {
    const { el, sent } = await render(true);
    await clickOn(option(el, 'puas', 'Ya'));
    await clickOn($(el, 'button[type=submit]'));
    await settle(el);
    $(el, 'input').focus();
    await sendKeys({ type: 'PENANDA-RESTART' });
    await clickOn($(el, 'button[type=submit]'));
    await until(() => el.shadowRoot!.querySelector('.thanks'), 5000, 'the thank-you view');
    expect(sent[0].answers).to.deep.equal({ puas: 2, saran: 'PENANDA-RESTART' });
    const button = $(el, '[part~=restart]');
    expect(button.textContent!.trim()).to.equal('Isi survei baru');
    await expect(el).to.be.accessible();
    await clickOn(button);
    await settle(el);
    expect($(el, '[part=progress]').textContent).to.equal('Halaman 1 dari 2');
    expect(el.shadowRoot!.querySelectorAll('input:checked').length, 'checked inputs').to.equal(0);
    expect(el.shadowRoot!.innerHTML).to.not.contain('PENANDA');
    expect(focused(el)?.className).to.contain('page-start');
    await clickOn($(el, 'button[type=submit]')); // the old answer is gone: required again
    await settle(el);
    expect($(el, '[part=error-summary]').textContent).to.not.equal('');
  });

  it('has no such button without the attribute', async () => {
    const { el } = await render(false);
    await clickOn(option(el, 'puas', 'Ya'));
    await clickOn($(el, 'button[type=submit]'));
    await settle(el);
    await clickOn($(el, 'button[type=submit]'));
    await until(() => el.shadowRoot!.querySelector('.thanks'), 5000, 'the thank-you view');
    expect(!!el.shadowRoot!.querySelector('[part~=restart]'), 'restart button').to.equal(false);
  });
});
