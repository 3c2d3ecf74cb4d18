import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/components/kiosk/index.js';
import type { MasukanKiosk } from '../../src/components/kiosk/kiosk.js';
import type { SurveyResponse } from '../../src/core/schema.js';
import { hashPin } from '../../src/core/pin.js';
import { readOutbox } from '../../src/outbox/outbox.js';
import { clickOn } from '../helpers/dom.js';
import { collector, setOffline, unique, until } from '../outbox/helpers.js';

const rating = (id: string, label: string, words: string[]) => ({
  id,
  type: 'rating' as const,
  label,
  required: true,
  faces: true,
  options: words.map((word, i) => ({ value: i + 1, label: word })),
});

/** Two ratings, then a free text: three screens on the kiosk. */
const definition = {
  id: 'kiosk-uji',
  version: 1,
  title: 'Survei loket',
  pages: [
    {
      questions: [
        rating('puas', 'Seberapa puas Anda?', ['Tidak puas', 'Kurang puas', 'Puas', 'Sangat puas']),
        rating('cepat', 'Seberapa cepat layanannya?', ['Lambat', 'Kurang cepat', 'Cepat', 'Sangat cepat']),
        { id: 'saran', type: 'textarea' as const, label: 'Saran Anda', maxLength: 500 },
      ],
    },
  ],
  thankYou: 'Terima kasih!',
};

const PIN = '2468';
const pinHash = hashPin(PIN, 'uji', 10);

interface Options {
  attributes?: Record<string, string>;
  definition?: unknown;
}

/** A kiosk on its own outbox, posting to its own test endpoint bin. */
async function kiosk({ attributes = {}, definition: d = definition }: Options = {}) {
  const bin = unique('kiosk');
  const outbox = unique('kiosk-outbox');
  const submitted: SurveyResponse[] = [];
  const el = await fixture<MasukanKiosk>(
    html`<masukan-kiosk
      .definition=${d}
      endpoint=${`/collect/${bin}`}
      outbox=${outbox}
      staff-pin=${pinHash}
      office="MPP Kota Uji"
      context='{"agency":"DPMPTSP Kota Uji","unit":"MPP"}'
      @masukan-submit=${(e: CustomEvent<{ response: SurveyResponse }>) => submitted.push(e.detail.response)}
    ></masukan-kiosk>`,
  );
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await until(() => el.shadowRoot!.querySelector('.start'), 5000, 'the start screen');
  return { el, bin, outbox, submitted };
}

const root = (el: MasukanKiosk) => el.shadowRoot!;
const q = <T extends HTMLElement = HTMLElement>(el: MasukanKiosk, selector: string) =>
  until(() => root(el).querySelector<T>(selector), 8000, selector);
const panel = (el: MasukanKiosk) => root(el).querySelector('masukan-staff-panel')?.shadowRoot ?? null;
const fact = (el: MasukanKiosk, name: string) =>
  panel(el)?.querySelector(`[data-fact=${name}]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const legend = (el: MasukanKiosk) => root(el).querySelector('legend, .form label.label')?.textContent ?? '';

/** Taps the option whose text is `text` with the real mouse. */
async function tap(el: MasukanKiosk, text: string): Promise<void> {
  const option = await until(
    () => [...root(el).querySelectorAll<HTMLElement>('label.option')].find(l => l.textContent!.trim() === text),
    8000,
    `option ${text}`,
  );
  await clickOn(option);
}

async function start(el: MasukanKiosk): Promise<void> {
  await clickOn(await q(el, '[part=start-button]'));
  await until(() => legend(el).includes('Seberapa puas'), 5000, 'the first question');
}

/** From the start screen: both ratings, an optional text, Kirim. */
async function answerAll(el: MasukanKiosk, text = ''): Promise<void> {
  await start(el);
  await tap(el, 'Puas');
  await until(() => legend(el).includes('Seberapa cepat'), 5000, 'the second question');
  await tap(el, 'Cepat');
  const textarea = await q<HTMLTextAreaElement>(el, 'textarea');
  if (text) {
    textarea.focus();
    await sendKeys({ type: text });
  }
  const thanked = appeared(el, '.thanks');
  await clickOn(await q(el, 'button[type=submit]'));
  await thanked;
}

/**
 * Resolves once `selector` has been in the kiosk's shadow root, even if it is gone again by the time the test looks
 * (a thank-you of `reset-after="0.5"` in a background tab, whose timers, and so polling, Chromium slows down).
 */
function appeared(el: MasukanKiosk, selector: string, timeout = 10000): Promise<void> {
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => root(el).querySelector(selector) && done());
    const timer = setTimeout(() => done(new Error(`Timed out waiting for ${selector}`)), timeout);
    const done = (error?: Error) => {
      observer.disconnect();
      clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    };
    observer.observe(root(el), { childList: true, subtree: true });
  });
}

/** Everything the page keeps: local and session storage, every IndexedDB database, the Cache API. */
async function everythingStored(): Promise<string> {
  const parts = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
  for (const { name } of await indexedDB.databases()) {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name!);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (const store of db.objectStoreNames) {
      const os = db.transaction(store).objectStore(store);
      const values = await new Promise(
        resolve => (os.getAll().onsuccess = e => resolve((e.target as IDBRequest).result)),
      );
      parts.push(JSON.stringify(values));
    }
    db.close();
  }
  for (const name of await caches.keys())
    for (const request of await (await caches.open(name)).keys())
      parts.push(await ((await caches.match(request))?.text() ?? ''));
  return parts.join('\n');
}

/** The element's DOM (with field values, which markup does not show) and its own state. */
function everythingInElement(el: MasukanKiosk): string {
  const parts: string[] = [];
  const walk = (node: ShadowRoot) => {
    parts.push(node.innerHTML);
    node.querySelectorAll<HTMLInputElement>('input, textarea, select').forEach(f => parts.push(f.value));
    node.querySelectorAll('*').forEach(child => child.shadowRoot && walk(child.shadowRoot));
  };
  walk(root(el));
  for (const key of Object.keys(el))
    try {
      parts.push(JSON.stringify((el as unknown as Record<string, unknown>)[key]) ?? '');
    } catch {
      /* not data */
    }
  parts.push(JSON.stringify((el as unknown as { session: unknown }).session));
  return parts.join('\n');
}

async function openStaff(el: MasukanKiosk, pin = PIN): Promise<void> {
  const corner = await q(el, '[part=staff-corner]');
  corner.focus();
  await sendKeys({ press: 'Enter' }); // the keyboard way; the 3-second press is tested below
  const input = await q<HTMLInputElement>(el, '#pin');
  input.focus();
  await sendKeys({ type: pin });
  await sendKeys({ press: 'Enter' });
}

describe('<masukan-kiosk>', function () {
  this.timeout(60000);

  beforeEach(() => localStorage.removeItem('masukan-kiosk'));
  afterEach(async () => {
    fixtureCleanup();
    if (!navigator.onLine) await setOffline(false);
    await setViewport({ width: 800, height: 600 });
  });

  it('starts on Mulai, shows one rating per screen, advances on a tap and goes back', async () => {
    const { el } = await kiosk();
    expect(root(el).querySelector('.office')!.textContent).to.contain('MPP Kota Uji');
    expect((await q(el, '[part=start-button]')).textContent!.trim()).to.equal('Mulai');
    await start(el);
    expect(root(el).querySelectorAll('fieldset')).to.have.length(1);
    expect(root(el).querySelector('[part=progress]')!.textContent).to.equal('Pertanyaan 1 dari 3');
    await tap(el, 'Sangat puas');
    await until(() => legend(el).includes('Seberapa cepat'), 5000, 'auto-advance');
    expect(root(el).activeElement?.className).to.contain('screen-start');
    await clickOn(await q(el, '.nav button:not(.primary)')); // Sebelumnya
    await until(() => legend(el).includes('Seberapa puas'), 5000, 'back');
    expect(root(el).querySelector<HTMLInputElement>('input[value="4"]')!.checked).to.equal(true);
  });

  it('offers English on the start screen and sends the chosen language', async () => {
    const { el, submitted } = await kiosk({ attributes: { 'min-interval': '0' } });
    await clickOn([...root(el).querySelectorAll<HTMLElement>('.languages button')].find(b => b.lang === 'en')!);
    await until(() => root(el).querySelector('[part=start-button]')?.textContent?.trim() === 'Start', 5000, 'Start');
    expect(root(el).querySelector('.languages [aria-pressed=true]')!.textContent!.trim()).to.equal('English');
    await answerAll(el);
    expect(submitted[0].lang).to.equal('en');
    await until(() => root(el).querySelector('[part=start-button]')?.textContent?.trim() === 'Mulai', 8000, 'back');
  });

  it('stamps the page context, the tablet counter and service and channel "kiosk" on each response', async () => {
    const { el, outbox, submitted } = await kiosk({ attributes: { 'min-interval': '0' } });
    await setOffline(true);
    await openStaff(el);
    const settings = await until(() => panel(el)?.querySelector<HTMLFormElement>('form.settings'), 5000, 'panel');
    (settings.elements.namedItem('counter') as HTMLInputElement).value = 'Loket 3';
    (settings.elements.namedItem('service') as HTMLInputElement).value = 'KTP';
    settings.requestSubmit();
    await clickOn(panel(el)!.querySelector<HTMLElement>('[data-action=exit]')!);
    await until(() => !root(el).querySelector('masukan-staff-panel'), 5000, 'panel closed');
    await answerAll(el);
    const expected = { agency: 'DPMPTSP Kota Uji', unit: 'MPP', counter: 'Loket 3', service: 'KTP', channel: 'kiosk' };
    expect(submitted[0].context).to.deep.equal(expected);
    const { pending } = await readOutbox(outbox);
    expect(pending.map(e => e.response.context)).to.deep.equal([expected]);
    expect(pending[0].response.answers).to.deep.equal({ puas: 3, cepat: 3 });
  });

  it('returns to the start screen after reset-after seconds, focus on Mulai', async () => {
    const { el, bin } = await kiosk({ attributes: { 'reset-after': '1' } });
    await collector(bin, { then: { status: 200 } });
    await answerAll(el);
    expect(root(el).querySelector('.thanks')!.textContent).to.contain('Terima kasih!');
    const started = Date.now();
    const button = await q(el, '[part=start-button]');
    expect(Date.now() - started).to.be.greaterThan(700);
    await until(() => root(el).activeElement === button, 2000, 'focus on Mulai');
    await until(async () => (await collector(bin)).length === 1, 8000, 'the delivery');
  });

  it('counts down when untouched ("Masih di sini?"); a touch cancels; at zero it resets', async () => {
    const { el } = await kiosk({ attributes: { 'idle-timeout': '1', 'idle-countdown': '2' } });
    await start(el);
    await tap(el, 'Puas');
    const dialog = await q(el, '[part=countdown]');
    expect(dialog.getAttribute('role')).to.equal('alertdialog');
    expect(dialog.textContent).to.contain('Masih di sini?');
    expect(dialog.querySelector('[aria-live=assertive]')!.textContent).to.match(/dalam [12] detik/);
    await until(() => root(el).activeElement?.textContent?.trim() === 'Lanjutkan', 2000, 'focus on Lanjutkan');
    await expect(el).to.be.accessible();
    await sendMouse({ type: 'click', position: [5, 300] }); // any touch
    await until(() => !root(el).querySelector('[part=countdown]'), 2000, 'cancelled');
    expect(legend(el)).to.contain('Seberapa cepat'); // still where the citizen was
    await q(el, '[part=countdown]'); // untouched again …
    await q(el, '[part=start-button]'); // … and reset
    expect(!!root(el).querySelector('[part=countdown]'), 'present').to.equal(false);
  });

  it('leaves nothing of the previous answer in the DOM, its state or any storage after an idle reset', async () => {
    const marker = `PENANDA-${Math.random().toString(36).slice(2)}`;
    const { el } = await kiosk({ attributes: { 'idle-timeout': '2', 'idle-countdown': '1' } });
    await start(el);
    await tap(el, 'Puas');
    await tap(el, 'Cepat');
    (await q(el, 'textarea')).focus();
    await sendKeys({ type: marker });
    expect(everythingInElement(el)).to.contain(marker); // the search can find it while it is there
    await q(el, '[part=start-button]');
    expect(everythingInElement(el)).to.not.contain(marker);
    expect(await everythingStored()).to.not.contain(marker);
    await start(el);
    expect(!!root(el).querySelector<HTMLInputElement>('input:checked'), 'present').to.equal(false);
  });

  it('keeps a submitted answer only in the outbox, and nowhere once it is delivered', async () => {
    const marker = `PENANDA-${Math.random().toString(36).slice(2)}`;
    const { el, bin, outbox } = await kiosk({ attributes: { 'reset-after': '1' } });
    await collector(bin, { then: { status: 200 } });
    await answerAll(el, marker);
    expect(everythingInElement(el)).to.not.contain(marker); // the thank-you screen already holds nothing
    await until(async () => (await collector(bin)).length === 1, 8000, 'the delivery');
    await until(async () => (await readOutbox(outbox)).pending.length === 0, 8000, 'an empty outbox');
    await q(el, '[part=start-button]');
    expect(everythingInElement(el)).to.not.contain(marker);
    expect(await everythingStored()).to.not.contain(marker);
  });

  it('resets when the page is hidden, so the back/forward cache keeps no answers', async () => {
    const { el } = await kiosk();
    await start(el);
    await tap(el, 'Sangat puas');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await q(el, '[part=start-button]');
    expect(JSON.stringify((el as unknown as { session: { answers: object } }).session.answers)).to.equal('{}');
  });

  it('ignores repeat taps within min-interval of a submission (quick mode)', async () => {
    const one = { ...definition, pages: [{ questions: [definition.pages[0].questions[0]] }] };
    const { el, submitted } = await kiosk({
      definition: one,
      attributes: { quick: '', 'reset-after': '0', 'min-interval': '2' },
    });
    await tap(el, 'Sangat puas'); // on the start screen: the first rating's faces
    await until(() => submitted.length === 1, 5000, 'the first response');
    const since = performance.now();
    while (performance.now() - since < 1000) {
      await until(() => root(el).querySelector('.start label.option'), 5000, 'the start screen again');
      await tap(el, 'Sangat puas');
    }
    expect(submitted).to.have.length(1);
    await new Promise(resolve => setTimeout(resolve, 1200));
    await tap(el, 'Puas');
    await until(() => submitted.length === 2, 5000, 'a response after the interval');
    expect(submitted.map(r => r.answers.puas)).to.deep.equal([4, 3]);
  });

  it('submits a partial response at the end of the countdown with idle-action="submit" when allowed', async () => {
    const optional = {
      ...definition,
      pages: [{ questions: definition.pages[0].questions.map(q => ({ ...q, required: false })) }],
    };
    const { el, submitted } = await kiosk({
      definition: optional,
      attributes: { 'idle-timeout': '1', 'idle-countdown': '1', 'idle-action': 'submit' },
    });
    await start(el);
    await tap(el, 'Puas');
    await until(() => submitted.length === 1, 8000, 'the partial response');
    expect(submitted[0].answers).to.deep.equal({ puas: 3 });
    await q(el, '.thanks');
  });

  it('discards instead when a required question is unanswered, even with idle-action="submit"', async () => {
    const { el, submitted } = await kiosk({
      attributes: { 'idle-timeout': '1', 'idle-countdown': '1', 'idle-action': 'submit' },
    });
    await start(el);
    await tap(el, 'Puas');
    await until(() => legend(el).includes('Seberapa cepat'), 5000, 'the second question');
    await clickOn(await q(el, '.nav button:not(.primary)')); // back to the answered screen: "cepat" is still missing
    await until(() => legend(el).includes('Seberapa puas'), 5000, 'back');
    await q(el, '[part=countdown]');
    await q(el, '[part=start-button]');
    expect(submitted).to.have.length(0);
  });

  describe('staff panel', () => {
    it('opens after a 3-second press on the corner, not a short one', async () => {
      const { el } = await kiosk();
      const corner = (await q(el, '[part=staff-corner]')).getBoundingClientRect();
      const position: [number, number] = [Math.round(corner.x + 10), Math.round(corner.y + 10)];
      await sendMouse({ type: 'move', position });
      await sendMouse({ type: 'down' });
      await new Promise(resolve => setTimeout(resolve, 500));
      await sendMouse({ type: 'up' });
      await new Promise(resolve => setTimeout(resolve, 3000));
      expect(!!root(el).querySelector('#pin'), 'present').to.equal(false);
      await sendMouse({ type: 'down' });
      await new Promise(resolve => setTimeout(resolve, 3300));
      await sendMouse({ type: 'up' });
      await q(el, '#pin');
      await expect(el).to.be.accessible();
    });

    it('refuses a wrong PIN with a growing delay, then opens with the right one', async () => {
      const { el } = await kiosk();
      await openStaff(el, '0000');
      const message = () => root(el).querySelector('.pin-message')?.textContent ?? '';
      await until(() => message().includes('PIN salah'), 5000, 'refused');
      expect(message()).to.contain('1 detik');
      expect(!!root(el).querySelector('masukan-staff-panel'), 'present').to.equal(false);
      expect(localStorage.getItem('masukan-kiosk')).to.not.contain('0000');
      // The right PIN during the lock is refused too.
      const input = await q<HTMLInputElement>(el, '#pin');
      input.focus();
      await sendKeys({ type: PIN });
      await sendKeys({ press: 'Enter' });
      await until(() => message().startsWith('Coba lagi'), 5000, 'locked');
      expect(!!root(el).querySelector('masukan-staff-panel'), 'present').to.equal(false);
      await new Promise(resolve => setTimeout(resolve, 1100));
      await sendKeys({ type: '1111' });
      await sendKeys({ press: 'Enter' });
      await until(() => message().includes('2 detik'), 5000, 'a longer lock after the second wrong PIN');
      await new Promise(resolve => setTimeout(resolve, 2100));
      await sendKeys({ type: PIN });
      await sendKeys({ press: 'Enter' });
      await until(() => panel(el)?.querySelector('h2'), 5000, 'the panel');
      expect(JSON.parse(localStorage.getItem('masukan-kiosk')!).pinFailures).to.equal(0);
    });

    it('cannot be opened when the page set no PIN', async () => {
      const { el } = await kiosk();
      el.staffPin = '';
      await openStaff(el).catch(() => {}); // there is no PIN field to type into
      expect(root(el).querySelector('.pin-message')!.textContent).to.contain('belum diatur');
      expect(!!root(el).querySelector('masukan-staff-panel'), 'present').to.equal(false);
    });

    it('counts pending and failed right, exports the pending, retries and deletes exactly one', async () => {
      const { el, bin, outbox } = await kiosk({ attributes: { 'min-interval': '0', 'reset-after': '0.5' } });
      await collector(bin, { script: [{ status: 422, body: 'jawaban tidak valid' }, { status: 422 }] });
      await answerAll(el);
      await answerAll(el);
      await until(async () => (await readOutbox(outbox)).failed.length === 2, 8000, 'two failed');
      await setOffline(true);
      await answerAll(el);
      await answerAll(el);
      await until(async () => (await readOutbox(outbox)).pending.length === 2, 8000, 'two pending');
      await openStaff(el);
      await until(() => fact(el, 'pending') === '2' && fact(el, 'failed') === '2', 5000, 'counts');
      expect(fact(el, 'network')).to.contain('offline');
      const shown = panel(el)!.querySelectorAll('.entries li');
      expect(shown).to.have.length(2);
      expect(shown[0].textContent).to.contain('422').and.contain('jawaban tidak valid');
      await expect(el).to.be.accessible();

      // Export: the file holds the pending entries (the Blob handed to the download link).
      const files: Blob[] = [];
      const createObjectURL = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob | MediaSource) => (files.push(blob as Blob), createObjectURL(blob));
      try {
        await clickOn(panel(el)!.querySelector<HTMLElement>('[data-action=export]')!);
        await until(() => files.length, 5000, 'the export');
      } finally {
        URL.createObjectURL = createObjectURL;
      }
      const exported = JSON.parse(await files[0].text());
      const { pending, failed } = await readOutbox(outbox);
      expect(exported.pending.map((e: { key: string }) => e.key)).to.deep.equal(pending.map(e => e.key));
      expect(exported.failed).to.have.length(2);

      // Delete asks first, then removes exactly that one.
      const [first, second] = failed;
      const item = () => panel(el)!.querySelector<HTMLElement>(`li[data-key="${first.key}"]`);
      await clickOn(item()!.querySelector<HTMLElement>('[data-action=delete]')!);
      await until(() => item()?.querySelector('[role=alert]'), 5000, 'the confirmation');
      expect((await readOutbox(outbox)).failed).to.have.length(2);
      await expect(el).to.be.accessible();
      await clickOn(item()!.querySelector<HTMLElement>('[data-action=confirm-delete]')!);
      await until(() => fact(el, 'failed') === '1', 5000, 'one failed left');
      const after = await readOutbox(outbox);
      expect(after.failed.map(e => e.key)).to.deep.equal([second.key]);
      expect(after.pending).to.have.length(2);

      // Back online: send now delivers the pending ones, retry sends the failed one.
      await setOffline(false);
      await clickOn(panel(el)!.querySelector<HTMLElement>('[data-action=send]')!);
      await until(() => fact(el, 'pending') === '0', 8000, 'delivered');
      expect(fact(el, 'last-delivery')).to.not.equal('Belum pernah');
      await clickOn(panel(el)!.querySelector<HTMLElement>('[data-action=retry]')!);
      await until(() => fact(el, 'failed') === '0', 8000, 'retried');
      // (The failed count drops when the entry moves back to pending, before its POST arrives.)
      const accepted = async () => new Set((await collector(bin)).filter(r => r.status === 200).map(r => r.id));
      await until(async () => (await accepted()).size >= 3, 8000, 'three accepted');
      await until(async () => !(await readOutbox(outbox)).pending.length, 8000, 'an empty outbox');
      expect((await accepted()).size).to.equal(3);
    });

    it('tells an unreachable endpoint apart from being offline', async () => {
      const { el } = await kiosk();
      el.endpoint = 'http://127.0.0.1:9/api/responses'; // nothing listens there: connection refused
      el.minInterval = 0;
      el.resetAfter = 0.2;
      await answerAll(el);
      await q(el, '[part=start-button]'); // (focus has settled: the thank-you screen takes it when it shows)
      await openStaff(el);
      await until(() => fact(el, 'endpoint').includes('Tidak dapat dihubungi'), 15000, 'unreachable');
      expect(fact(el, 'network')).to.equal('Tersambung');
      await until(() => fact(el, 'last-attempt').includes('tidak sampai ke server'), 15000, 'the recorded reason');
      el.endpoint = `/collect/${unique('reachable')}`;
      await until(() => panel(el), 1000, 'panel');
      await (root(el).querySelector('masukan-staff-panel') as unknown as { probe(): Promise<void> }).probe();
      await until(() => fact(el, 'endpoint').includes('Dapat dihubungi'), 15000, 'reachable');
      await setOffline(true);
      await until(() => fact(el, 'endpoint').includes('offline'), 5000, 'not checked offline');
    });
  });

  describe('screens', () => {
    it('is axe-clean on the start, quick start, question, error, thank-you, closed and problem screens', async () => {
      const { el } = await kiosk({ attributes: { 'min-interval': '0' } });
      await expect(el).to.be.accessible();
      await start(el);
      await expect(el).to.be.accessible();
      await clickOn(await q(el, 'button[type=submit]')); // nothing chosen: the error
      await until(() => root(el).querySelector('[part=error-summary]')?.textContent, 5000, 'the error');
      expect(root(el).activeElement?.getAttribute('name')).to.equal('puas');
      await expect(el).to.be.accessible();
      await tap(el, 'Puas');
      await tap(el, 'Cepat');
      await q(el, 'textarea');
      await expect(el).to.be.accessible();
      await clickOn(await q(el, 'button[type=submit]'));
      await q(el, '.thanks');
      await expect(el).to.be.accessible();
      el.quick = true;
      el.resetAfter = 0;
      await q(el, '.start label.option');
      await expect(el).to.be.accessible();
      el.hours = '00:00-00:01';
      el.days = '1';
      await until(() => root(el).textContent!.includes('tidak dibuka'), 5000, 'the resting screen');
      await expect(el).to.be.accessible();
      el.definition = { id: 'x' };
      await until(() => root(el).querySelector('.problem'), 5000, 'the problem box');
      await expect(el).to.be.accessible();
    });

    for (const [width, height] of [
      [320, 640],
      [1280, 800],
      [800, 1280],
    ])
      it(`fits ${width}×${height} without horizontal scrolling, with targets of at least 64 px`, async () => {
        await setViewport({ width, height });
        const { el } = await kiosk();
        const check = async () => {
          await el.updateComplete;
          expect(document.documentElement.scrollWidth, 'horizontal scroll').to.be.at.most(innerWidth);
          const targets = [...root(el).querySelectorAll<HTMLElement>('button, label.option')];
          for (const target of targets) {
            const box = target.getBoundingClientRect();
            expect(Math.min(box.width, box.height), target.textContent!.trim() || target.className).to.be.at.least(64);
          }
        };
        await check();
        await start(el);
        await check();
        (await q(el, '[part=staff-corner]')).focus();
        await sendKeys({ press: 'Enter' });
        const dialog = (await q(el, '.dialog')).getBoundingClientRect();
        expect(dialog.left, 'PIN dialog inside the screen').to.be.at.least(0);
        expect(dialog.right, 'PIN dialog inside the screen').to.be.at.most(innerWidth);
        await openStaff(el);
        await until(() => panel(el)?.querySelector('h2'), 5000, 'the panel');
        expect(document.documentElement.scrollWidth, 'horizontal scroll').to.be.at.most(innerWidth);
      });
  });
});
