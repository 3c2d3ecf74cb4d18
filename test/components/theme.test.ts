import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/survey/survey.js';
import type { MasukanSurvey } from '../../src/components/survey/survey.js';
import { fullSurvey } from '../helpers/fixtures.js';
import { $, option, settle } from '../helpers/dom.js';
import { rgb } from '../helpers/color.js';

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = rgb(color).map(v => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const near = (actual: string, expected: [number, number, number]) =>
  rgb(actual).forEach((v, i) => expect(v, `${actual} channel ${i}`).to.be.closeTo(expected[i], 2));

const wrappers: HTMLElement[] = [];
const cleanup = () => {
  for (const wrapper of wrappers.splice(0)) wrapper.remove();
  fixtureCleanup();
};

async function render(attributes = '', style = '') {
  // A plain wrapper (open-wc's fixture() would wait for an animation frame, which a background tab never gets).
  const wrapper = document.createElement('div');
  wrapper.setAttribute('style', style);
  wrappers.push(document.body.appendChild(wrapper));
  const el = document.createElement('masukan-survey') as MasukanSurvey;
  for (const pair of attributes.split(' ').filter(Boolean)) el.setAttribute(...(pair.split('=') as [string, string]));
  el.definition = fullSurvey();
  wrapper.append(el);
  await settle(el);
  return el;
}

/** Selects "Tidak puas" (which asks a required follow-up) and returns the option's style. */
async function selectFirstOption(el: MasukanSurvey) {
  option(el, 'kepuasan', 'Tidak puas').querySelector('input')!.click();
  await settle(el);
  return getComputedStyle(option(el, 'kepuasan', 'Tidak puas'));
}

describe('theming', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('derives the tint of a selected option from the accent alone', async () => {
    const el = await render('', '--masukan-color-accent: #8a1538');
    const selected = await selectFirstOption(el);
    near(selected.borderTopColor, [138, 21, 56]);
    // 14 % maroon on white, not the default light blue
    near(selected.backgroundColor, [239, 222, 227]);
    const submit = getComputedStyle($(el, 'button[type=submit]'));
    near(submit.backgroundColor, [138, 21, 56]);
    near(submit.color, [255, 255, 255]); // white on a dark accent
  });

  it('darkens an accent too light for text on white, keeping its hue; takes an explicit tint and text colour', async () => {
    const light = await render('', '--masukan-color-accent: #f2c200');
    const button = getComputedStyle($(light, 'button[type=submit]'));
    const [r, g, b] = rgb(button.backgroundColor);
    expect(r > g && g > b, `${button.backgroundColor} is still a yellow`).to.equal(true);
    expect(contrast(button.backgroundColor, '#fff')).to.be.at.least(4.5);
    near(button.color, [255, 255, 255]);
    cleanup();
    const set = await render(
      '',
      '--masukan-color-accent: #0f5c3a; --masukan-color-accent-tint: #fff3c4; --masukan-color-on-accent: #fff3c4',
    );
    near((await selectFirstOption(set)).backgroundColor, [255, 243, 196]);
    near(getComputedStyle($(set, 'button[type=submit]')).color, [255, 243, 196]);
  });

  for (const accent of ['#0b57a4', '#8a1538', '#0f5c3a', '#f2c200'])
    it(`keeps AA contrast with accent ${accent}, light and dark (axe)`, async () => {
      for (const theme of ['light', 'dark']) {
        const el = await render(`theme=${theme}`, `--masukan-color-accent: ${accent}`);
        await selectFirstOption(el);
        $(el, 'button[type=submit]').click(); // the required follow-up: error texts and borders
        await settle(el);
        await expect(el).to.be.accessible();
        const base = getComputedStyle($(el, '[part=base]'));
        const surface = getComputedStyle(el).backgroundColor;
        expect(contrast(base.color, surface)).to.be.at.least(7);
        const selected = getComputedStyle(option(el, 'kepuasan', 'Tidak puas'));
        expect(contrast(selected.borderTopColor, surface), 'selected border').to.be.at.least(3);
        expect(contrast(base.color, selected.backgroundColor), 'text on the tint').to.be.at.least(4.5);
        const error = getComputedStyle($(el, '[part=error-message]:not(:empty)'));
        expect(contrast(error.color, surface), 'error text').to.be.at.least(4.5);
        cleanup();
      }
    });

  it('is dark with theme="dark", light with theme="light" whatever the system says', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const dark = await render('theme=dark');
    near(getComputedStyle(dark).backgroundColor, [27, 28, 31]);
    const light = await render('theme=light');
    near(getComputedStyle(light).backgroundColor, [255, 255, 255]);
  });

  it('follows prefers-color-scheme with theme="auto", and the page’s color-scheme without a theme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    near(getComputedStyle(await render('theme=auto')).backgroundColor, [27, 28, 31]);
    cleanup();
    // A page that declares dark support gets a dark survey; one that declares nothing stays light.
    near(getComputedStyle(await render('', 'color-scheme: light dark')).backgroundColor, [27, 28, 31]);
    cleanup();
    near(getComputedStyle(await render()).backgroundColor, [255, 255, 255]);
    cleanup();
    await emulateMedia({ colorScheme: 'light' });
    near(getComputedStyle(await render('theme=auto')).backgroundColor, [255, 255, 255]);
  });

  it('lifts a dark accent in the dark scheme so that it stays readable', async () => {
    const el = await render('theme=dark', '--masukan-color-accent: #8a1538');
    const back = getComputedStyle($(el, 'button[type=submit]'));
    expect(contrast(back.backgroundColor, getComputedStyle(el).backgroundColor)).to.be.at.least(4.5);
    near(back.color, [0, 0, 0]);
  });

  it('tightens spacing with density="compact" and keeps 44 px targets', async () => {
    const normal = await render();
    const gap = parseFloat(getComputedStyle($(normal, '[part=base]')).rowGap);
    const compact = await render('density=compact');
    const tight = parseFloat(getComputedStyle($(compact, '[part=base]')).rowGap);
    expect(tight).to.be.below(gap * 0.75);
    for (const o of compact.shadowRoot!.querySelectorAll('label.option'))
      expect(o.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('shows an agency logo from the header slot above the title, and on the thank-you view', async () => {
    const el = await fixture<MasukanSurvey>(
      html`<masukan-survey .definition=${fullSurvey()}>
        <img
          slot="header"
          alt="DPMPTSP Kota Contoh"
          width="120"
          height="40"
          src="data:image/gif;base64,R0lGODlhAQABAAAAACw="
        />
      </masukan-survey>`,
    );
    await settle(el);
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('[part=header] slot[name=header]')!;
    expect(slot.assignedElements()[0].getAttribute('alt')).to.equal('DPMPTSP Kota Contoh');
    const logo = el.querySelector('img')!.getBoundingClientRect();
    expect(logo.bottom).to.be.at.most($(el, '[part=title]').getBoundingClientRect().top);
    await expect(el).to.be.accessible();
  });

  it('sizes text from the reader’s default, not the page’s root font size', async () => {
    document.documentElement.style.fontSize = '10px'; // html { font-size: 62.5% }, as many themes do
    try {
      const el = await render();
      expect(getComputedStyle($(el, '[part=base]')).fontSize).to.equal('16px');
      expect(option(el, 'kepuasan', 'Puas').getBoundingClientRect().height).to.be.at.least(44);
      cleanup();
      const own = await render('', '--masukan-font-size: 1.25rem'); // a page may still choose
      expect(getComputedStyle($(own, '[part=base]')).fontSize).to.equal('12.5px');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});
