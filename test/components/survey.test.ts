import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import '../../src/components/survey/survey.js';
import type { MasukanSurvey } from '../../src/components/survey/survey.js';
import { fullSurvey } from '../helpers/fixtures.js';

describe('<masukan-survey>', () => {
  it('should pass accessibility tests', async () => {
    const el = await fixture<MasukanSurvey>(html`<masukan-survey .definition=${fullSurvey()}></masukan-survey>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Survei uji');
    await expect(el).to.be.accessible();
  });

  it('reports a bad definition', async () => {
    const el = document.createElement('masukan-survey');
    const event = oneEvent(el, 'masukan-error');
    el.definition = {
      id: 'x',
      version: 1,
      title: 'T',
      pages: [{ questions: [{ id: 'a', type: 'nope', label: 'A' }] }],
    };
    document.body.append(el);
    const { detail } = await event;
    expect(detail.problems![0].path).to.equal('pages[0].questions[0].type');
    el.remove();
  });
});
