import { expect, fixtureCleanup } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { MasukanLauncher } from '../../src/components/launcher/launcher.js';
import type { MasukanSurvey } from '../../src/components/survey/survey.js';
import type { Clock } from '../../src/core/display.js';
import type { SurveyResponse } from '../../src/core/schema.js';
import { until } from '../helpers/wait.js';
import { clickOn } from '../helpers/dom.js';

// Only the launcher is imported: the survey element must arrive when a launcher first opens.
await import('../../src/components/launcher/launcher.js');

const DAY = 24 * 60 * 60 * 1000;

/** A clock the test moves by hand: timers fire when `advance` passes their time. */
function fakeClock(start = Date.UTC(2026, 0, 5, 2)): Clock & { advance(ms: number): void } {
  let now = start;
  let next = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => now,
    setTimeout: (callback, ms) => (timers.set(++next, { at: now + ms, callback }), next),
    clearTimeout: handle => void timers.delete(handle as number),
    advance(ms) {
      now += ms;
      for (const [handle, timer] of [...timers])
        if (timer.at <= now) {
          timers.delete(handle);
          timer.callback();
        }
    },
  };
}

const oneQuestion = {
  id: 'layanan-web',
  version: '1',
  title: 'Bagaimana layanan kami?',
  pages: [
    {
      questions: [
        {
          id: 'puas',
          type: 'rating',
          label: 'Seberapa puas Anda?',
          required: true,
          options: [
            { value: 1, label: 'Tidak puas' },
            { value: 2, label: 'Kurang puas' },
            { value: 3, label: 'Puas' },
            { value: 4, label: 'Sangat puas' },
          ],
        },
      ],
    },
  ],
};

let count = 0;
const launchers: MasukanLauncher[] = [];

/** A launcher with its own storage key, the test clock and captured responses; attributes before connecting. */
async function launcher(attributes: Record<string, string> = {}, clock = fakeClock(), key = `t${++count}`) {
  const el = document.createElement('masukan-launcher');
  const sent: SurveyResponse[] = [];
  el.clock = clock;
  el.definition = oneQuestion;
  el.sender = async response => void sent.push(response);
  el.setAttribute('storage-key', key);
  el.setAttribute('outbox', `launcher-${key}-${Date.now()}`); // an outbox of its own: test pages run side by side
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  launchers.push(el);
  await el.updateComplete;
  return { el, clock, sent, key };
}

const button = (el: MasukanLauncher) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]');
/** Whether the launcher shows its button (a boolean, so that a failed assertion does not print a DOM node). */
const hasButton = (el: MasukanLauncher) => button(el) !== null;
const dialog = (el: MasukanLauncher) => el.shadowRoot!.querySelector('dialog')!;
const surveyIn = (el: MasukanLauncher) =>
  until(() => el.survey?.shadowRoot?.querySelector('[part=title]') && (el.survey as MasukanSurvey), 10000, 'survey');

// No slide-in animation to wait for (a background tab would never finish it).
before(() => emulateMedia({ reducedMotion: 'reduce' }));

afterEach(async () => {
  for (const el of launchers.splice(0)) {
    el.close();
    el.remove();
  }
  fixtureCleanup();
  localStorage.clear();
  window.scrollTo(0, 0);
  await setViewport({ width: 1280, height: 800 });
});

describe('<masukan-launcher>', () => {
  it('shows an error instead of an endless "Memuat…" when the survey cannot be loaded, and retries', async () => {
    const { setSurveyLoader } = await import('../../src/components/launcher/launcher.component.js');
    const original = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => void logged.push(args);
    try {
      setSurveyLoader(() => Promise.reject(new Error('masukan.min.js could not be loaded')));
      const { el } = await launcher();
      const errors: Error[] = [];
      el.addEventListener('masukan-error', e => errors.push(e.detail.error));
      await el.open();
      const alert = await until(() => el.shadowRoot!.querySelector('[role=alert]'));
      expect(alert.textContent).to.contain('Survei tidak dapat dimuat (masukan.min.js could not be loaded)');
      expect(errors.map(e => e.message)).to.deep.equal(['masukan.min.js could not be loaded']);
      expect(logged).to.have.length(1);
      el.close();
      expect(customElements.get('masukan-survey')).to.equal(undefined);
      setSurveyLoader(() => import('../../src/components/survey/survey.js'));
    } finally {
      console.error = original;
    }
  });

  it('loads the survey element only when it first opens', async () => {
    const { el } = await launcher();
    expect(customElements.get('masukan-survey')).to.equal(undefined);
    expect(button(el)!.textContent!.trim()).to.equal('Beri masukan');
    await el.open();
    const survey = await surveyIn(el);
    expect(customElements.get('masukan-survey')).to.be.a('function');
    expect(survey.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Bagaimana layanan kami?');
  });

  it('opens a modal dialog from its button: focus in, Esc and the close button close it, focus returns', async () => {
    const outside = document.createElement('button');
    outside.textContent = 'Di luar';
    let outsideClicks = 0;
    outside.addEventListener('click', () => outsideClicks++);
    document.body.prepend(outside);
    try {
      const { el } = await launcher({ label: 'Nilai layanan kami' });
      const opened: string[] = [];
      const closed: string[] = [];
      el.addEventListener('masukan-open', e => opened.push(e.detail.trigger));
      el.addEventListener('masukan-close', e => closed.push(e.detail.reason));

      await clickOn(button(el)!);
      await surveyIn(el);
      const d = dialog(el);
      expect(d.matches(':modal')).to.equal(true);
      expect(d.getAttribute('aria-label')).to.equal('Nilai layanan kami');
      expect(button(el)!.getAttribute('aria-expanded')).to.equal('true');
      expect(d.contains(el.shadowRoot!.activeElement)).to.equal(true); // focus moved into the dialog
      await expect(el).to.be.accessible();

      // The page behind is inert: it cannot take focus or clicks.
      outside.focus();
      expect(document.activeElement).not.to.equal(outside);
      await clickOn(outside);
      expect(outsideClicks).to.equal(0);

      await sendKeys({ press: 'Escape' });
      await until(() => !d.open && !el.opened, 5000, 'closed by Esc');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(button(el)); // focus is back on the button
      expect(button(el)!.getAttribute('aria-expanded')).to.equal('false');

      await sendKeys({ press: 'Enter' }); // the focused button opens it again
      await until(() => d.open, 5000, 'reopened');
      await clickOn(el.shadowRoot!.querySelector('[part=close-button]')!);
      await until(() => !d.open && !el.opened, 5000, 'closed by the close button');
      expect(el.shadowRoot!.activeElement).to.equal(button(el));
      expect(opened).to.deep.equal(['click', 'click']);
      expect(closed).to.deep.equal(['dismissed', 'dismissed']);
    } finally {
      outside.remove();
    }
  });

  it('submits from the dialog; the answer bubbles out and closing counts as completed', async () => {
    const { el, sent } = await launcher({ lang: 'en' });
    const submitted = new Promise<CustomEvent>(resolve =>
      document.addEventListener('masukan-submit', e => resolve(e), { once: true }),
    );
    const closed = new Promise<CustomEvent>(resolve => el.addEventListener('masukan-close', e => resolve(e)));
    expect(button(el)!.textContent!.trim()).to.equal('Give feedback');
    await el.open();
    const survey = await surveyIn(el);
    await clickOn(survey.shadowRoot!.querySelector('input[name=puas][value="4"]')!.closest('label')!);
    await clickOn(survey.shadowRoot!.querySelector('button[type=submit]')!);
    expect((await submitted).detail.response.answers).to.deep.equal({ puas: 4 });
    await until(() => survey.shadowRoot!.querySelector('[part=thank-you]'));
    await until(() => sent.length, 10000, 'the sender got the response'); // from the outbox, after the thank-you
    expect(sent).to.have.length(1);
    expect(sent[0].lang).to.equal('en');
    el.close();
    expect((await closed).detail.reason).to.equal('completed');
    // Opened again, it starts a fresh response rather than showing the thank-you.
    await el.open();
    await until(() => survey.shadowRoot!.querySelector('[part=form]'));
  });

  it('is a centred dialog on a desktop and a bottom sheet at 360 px', async () => {
    const { el } = await launcher();
    await el.open();
    await surveyIn(el);
    let box = dialog(el).getBoundingClientRect();
    expect(box.width).to.equal(640);
    expect(Math.round(box.left)).to.equal((1280 - 640) / 2);
    el.close();

    await setViewport({ width: 360, height: 640 });
    await el.open();
    await until(() => dialog(el).getBoundingClientRect().width === 360, 5000, 'full width');
    box = dialog(el).getBoundingClientRect();
    expect(Math.round(box.bottom)).to.equal(640);
    expect(box.height).to.be.at.most(640);
    const survey = el.survey!;
    expect(survey.shadowRoot!.querySelector('[part=base]')!.scrollWidth).to.be.at.most(360); // no sideways scrolling
    const launch = button(el)!.getBoundingClientRect();
    expect(launch.height).to.be.at.least(44);
  });
});

describe('<masukan-launcher> triggers', () => {
  it('opens after open-after seconds of the test clock, once', async () => {
    const { el, clock } = await launcher({ 'open-after': '30' });
    const opened: string[] = [];
    el.addEventListener('masukan-open', e => opened.push(e.detail.trigger));
    clock.advance(29_000);
    expect(el.opened).to.equal(false);
    clock.advance(1_000);
    expect(el.opened).to.equal(true);
    await until(() => dialog(el).open);
    expect(opened).to.deep.equal(['delay']);
    clock.advance(60_000);
    expect(opened).to.deep.equal(['delay']);
  });

  it('opens at open-at-scroll percent of the page', async () => {
    const tall = document.createElement('div');
    tall.style.height = '5000px';
    document.body.append(tall);
    try {
      const { el } = await launcher({ 'open-at-scroll': '50' });
      const scrollable = document.documentElement.scrollHeight - innerHeight;
      // A page in a background tab gets no scroll events (they come with animation frames): send the one the
      // browser would, after really scrolling.
      const scroll = (fraction: number) => {
        window.scrollTo(0, scrollable * fraction);
        window.dispatchEvent(new Event('scroll'));
      };
      scroll(0.4);
      expect(el.opened).to.equal(false);
      scroll(0.6);
      expect(el.opened).to.equal(true);
    } finally {
      tall.remove();
    }
  });

  it('opens on exit intent: the mouse leaving through the top edge', async () => {
    const { el } = await launcher({ 'open-on-exit': '' });
    expect(matchMedia('(pointer: coarse)').matches).to.equal(false); // not a touch screen
    document.dispatchEvent(new MouseEvent('mouseout', { clientX: 400, clientY: 300, relatedTarget: document.body }));
    expect(el.opened).to.equal(false); // moving between elements is not leaving
    document.dispatchEvent(new MouseEvent('mouseout', { clientX: 400, clientY: -2, relatedTarget: null }));
    expect(el.opened).to.equal(true);
  });

  it('opens from any page element matching opener, and from open()', async () => {
    const link = document.createElement('a');
    link.href = '#masukan';
    link.className = 'buka-survei';
    link.textContent = 'Beri masukan';
    document.body.append(link);
    try {
      const { el } = await launcher({ opener: '.buka-survei', 'no-button': '' });
      const opened: string[] = [];
      el.addEventListener('masukan-open', e => opened.push(e.detail.trigger));
      expect(hasButton(el)).to.equal(false);
      await clickOn(link);
      await until(() => dialog(el).open);
      expect(location.hash).to.equal(''); // the link did not navigate
      el.close();
      await el.open();
      expect(opened).to.deep.equal(['opener', 'api']);
    } finally {
      link.remove();
    }
  });

  it('does not open by itself again after the visitor opened it on this page', async () => {
    const { el, clock } = await launcher({ 'open-after': '10' });
    await el.open();
    el.close();
    clock.advance(60_000);
    expect(el.opened).to.equal(false);
  });
});

describe('<masukan-launcher> display rules', () => {
  it('sample="0" shows nothing and arms no trigger; open() still works', async () => {
    const { el, clock } = await launcher({ sample: '0', 'open-after': '5' });
    expect(hasButton(el)).to.equal(false);
    clock.advance(10_000);
    expect(el.opened).to.equal(false);
    await el.open();
    expect(el.opened).to.equal(true);
  });

  it('draws each visitor once: about `sample` percent see it, and each keeps their draw', async () => {
    let shown = 0;
    const keys: string[] = [];
    for (let i = 0; i < 400; i++) {
      const { el, key } = await launcher({ sample: '25' });
      if (hasButton(el)) shown++;
      keys.push(key);
      el.remove();
    }
    expect(shown).to.be.within(60, 140); // 100 expected; ±40 is more than 4.5 standard deviations
    // The same visitor (same stored draw) gets the same answer on the next page view.
    for (const key of keys.slice(0, 40)) {
      const before = JSON.parse(localStorage.getItem(`masukan-launcher:${key}`)!).roll < 25;
      const { el } = await launcher({ sample: '25' }, fakeClock(), key);
      expect(hasButton(el)).to.equal(before);
    }
  });

  it('once: after it was opened, the next page view shows nothing', async () => {
    const first = await launcher({ once: '', 'open-after': '5' }, fakeClock(), 'sekali');
    first.clock.advance(5_000);
    expect(first.el.opened).to.equal(true);
    first.el.close();
    const next = await launcher({ once: '', 'open-after': '5' }, fakeClock(), 'sekali');
    expect(hasButton(next.el)).to.equal(false);
    next.clock.advance(5_000);
    expect(next.el.opened).to.equal(false);
  });

  for (const reason of ['dismissed', 'completed'] as const)
    it(`recontact-days: not again for N days after it was ${reason}`, async () => {
      const start = Date.UTC(2026, 0, 5, 2);
      const first = await launcher({ 'recontact-days': '30' }, fakeClock(start), `jeda-${reason}`);
      await first.el.open();
      if (reason === 'completed') {
        const survey = await surveyIn(first.el);
        survey.shadowRoot!.querySelector<HTMLInputElement>('input[name=puas][value="3"]')!.click();
        survey.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
        await until(() => survey.shadowRoot!.querySelector('[part=thank-you]'));
      }
      const closed = new Promise<CustomEvent>(resolve => first.el.addEventListener('masukan-close', e => resolve(e)));
      first.el.close();
      expect((await closed).detail.reason).to.equal(reason);
      await first.el.updateComplete;
      expect(hasButton(first.el)).to.equal(false); // hidden right away

      const later = (days: number) =>
        launcher({ 'recontact-days': '30' }, fakeClock(start + days * DAY), `jeda-${reason}`);
      expect(hasButton((await later(29.9)).el)).to.equal(false);
      expect(hasButton((await later(30.1)).el)).to.equal(true);
    });

  it('keeps its memory in localStorage, never in a cookie', async () => {
    const { el } = await launcher({ 'recontact-days': '7' }, fakeClock(), 'ingatan');
    await el.open();
    el.close();
    const stored = JSON.parse(localStorage.getItem('masukan-launcher:ingatan')!);
    expect(stored).to.have.keys(['roll', 'displayed', 'dismissed']);
    expect(document.cookie).to.equal('');
  });
});
