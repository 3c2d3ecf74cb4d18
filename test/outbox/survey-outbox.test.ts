import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/survey/survey.js';
import type { MasukanSurvey } from '../../src/components/survey/survey.js';
import type { Survey } from '../../src/core/schema.js';
import { createStore, entries, setMany } from 'idb-keyval';
import type { MasukanErrorDetail } from '../../src/components/survey/survey.js';
import type { SurveyResponse } from '../../src/core/schema.js';
import { deleteEntry, flushOutbox, outboxSettings, readOutbox, type OutboxEntry } from '../../src/outbox/index.js';
import { accepted, collector, makeResponse, setOffline, sleep, unique, until } from './helpers.js';

// These tests use the default outbox (`masukan`) that <masukan-survey> writes to, so they live in one file: test files
// run side by side in pages of the same origin, and would otherwise share it.

const survey: Survey = {
  id: 'uji-outbox',
  version: 1,
  title: 'Survei uji',
  pages: [{ questions: [{ id: 'saran', type: 'text', label: 'Saran' }] }],
};

const statusText = (el: MasukanSurvey) => el.shadowRoot!.querySelector('[role=status]')?.textContent?.trim() ?? '';

async function submit(el: MasukanSurvey, answer = 'Bagus'): Promise<void> {
  await el.updateComplete;
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#q-saran')!;
  input.value = answer;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await until(() => el.shadowRoot!.querySelector('.thanks'), 5000, 'the thank-you view');
}

const deleteDatabase = (name: string) =>
  new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = resolve;
    request.onerror = () => reject(request.error);
  });

async function clearDefaultOutbox(): Promise<void> {
  const { pending, failed } = await readOutbox();
  for (const e of [...pending, ...failed]) await deleteEntry(e.key);
}

/** Loads test/outbox/frame.html (a separate page: its own module instances) and returns its window. */
async function openFrame(): Promise<{ frame: HTMLIFrameElement; win: FrameWindow }> {
  const frame = document.createElement('iframe');
  frame.src = '/test/outbox/frame.html';
  document.body.append(frame);
  await frameReady(frame);
  return { frame, win: frame.contentWindow as FrameWindow };
}

type FrameWindow = Window & { masukan: typeof import('../../src/index.js') };

const frameReady = async (frame: HTMLIFrameElement): Promise<FrameWindow['masukan']> =>
  (await until(() => (frame.contentWindow as FrameWindow | null)?.masukan, 10000, 'the frame to load'))!;

/** A survey posting to `endpoint`, shown in the page of `win` (a frame). */
function surveyIn(win: Window, endpoint: string): MasukanSurvey {
  const el = win.document.createElement('masukan-survey');
  el.definition = survey;
  el.endpoint = endpoint;
  win.document.body.append(el);
  return el;
}

/**
 * A survey posting to `endpoint` in a separate page whose IndexedDB refuses writes, as with a full disk (fault
 * injection in that page only).
 */
async function surveyWithFullStorage(endpoint: string) {
  const { frame, win } = await openFrame();
  const store = (win as unknown as { IDBObjectStore: typeof IDBObjectStore }).IDBObjectStore.prototype;
  store.put = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return { frame, win, el: surveyIn(win, endpoint) };
}

describe('<masukan-survey> with an endpoint', function () {
  this.timeout(60000); // generous: the whole suite runs two files at a time on two cores
  let bin: string;
  let endpoint: string;
  beforeEach(async () => {
    bin = unique('bin');
    endpoint = `/collect/${bin}`;
    await clearDefaultOutbox();
  });
  afterEach(() => setOffline(false));

  it('stores before thanking, sends with the headers property, says "sent", and passes axe', async () => {
    const el = await fixture<MasukanSurvey>(
      html`<masukan-survey
        .definition=${survey}
        endpoint=${endpoint}
        .headers=${{ 'x-api-key': 'k1' }}
      ></masukan-survey>`,
    );
    expect(el.getAttribute('headers')).to.equal(null);
    await submit(el);
    await until(() => statusText(el) === 'Jawaban terkirim.', 5000, 'the sent status');
    const requests = await collector(bin);
    expect(requests).to.have.length(1);
    expect(requests[0].apiKey).to.equal('k1');
    expect(el.outerHTML).not.to.include('k1');
    expect(await readOutbox()).to.deep.equal({ pending: [], failed: [] });
    await expect(el).to.be.accessible();
  });

  it('offline: sends nothing, keeps the entry, says so; back online: delivered exactly once', async () => {
    const el = await fixture<MasukanSurvey>(
      html`<masukan-survey .definition=${survey} endpoint=${endpoint}></masukan-survey>`,
    );
    await setOffline(true);
    const submitted = new Promise<string>(resolve =>
      el.addEventListener('masukan-submit', e => resolve(e.detail.response.id)),
    );
    await submit(el);
    const id = await submitted;
    // The entry is in IndexedDB by the time the thank-you view shows.
    expect((await readOutbox()).pending.map(e => e.response.id)).to.deep.equal([id]);
    await until(() => statusText(el), 5000, 'a status');
    expect(statusText(el)).to.equal('Jawaban tersimpan di perangkat ini dan akan dikirim saat tersambung ke internet.');
    await expect(el).to.be.accessible();
    expect(await collector(bin)).to.have.length(0);

    await setOffline(false);
    await until(() => statusText(el) === 'Jawaban terkirim.', 5000, 'the sent status');
    await sleep(300);
    expect([...accepted(await collector(bin))]).to.deep.equal([[id, 1]]);
    expect(await collector(bin)).to.have.length(1);
    expect((await readOutbox()).pending).to.have.length(0);
  });

  it('counts other answers waiting and failed ones in the status line', async () => {
    await collector(bin, { script: [{ status: 400, body: 'bad' }] });
    const el = await fixture<MasukanSurvey>(
      html`<masukan-survey .definition=${survey} endpoint=${endpoint} lang="en"></masukan-survey>`,
    );
    await submit(el);
    await until(() => statusText(el), 5000, 'a status');
    expect(statusText(el)).to.equal('1 answer could not be delivered and is kept for staff to review.');
    el.reset();
    await setOffline(true);
    await submit(el);
    await until(() => statusText(el).startsWith('Your answer is saved'), 5000, 'the saved status');
    el.reset();
    await submit(el);
    await until(() => statusText(el).includes('2 answers waiting'), 5000, 'the waiting count');
    expect(statusText(el)).to.equal(
      'Your answer is saved on this device and will be sent when you are online. 2 answers waiting to be sent. ' +
        '1 answer could not be delivered and is kept for staff to review.',
    );
    await expect(el).to.be.accessible();
  });

  it('survives a page reload while offline, then delivers exactly once', async () => {
    const { frame, win } = await openFrame();
    // navigator.onLine is false and the endpoint unreachable; the page itself still reloads, as it would from a
    // cache or service worker on a kiosk.
    await setOffline(true, '/collect/*');
    const el = surveyIn(win, endpoint);
    await submit(el);
    await until(() => statusText(el).startsWith('Jawaban tersimpan'), 5000, 'the saved status');
    const [entry] = (await win.masukan.readOutbox()).pending;
    expect(await collector(bin)).to.have.length(0);

    win.location.reload();
    await until(() => frame.contentWindow !== win || !(win as Partial<FrameWindow>).masukan, 5000, 'the reload');
    const reloaded = await frameReady(frame);
    expect(frame.contentWindow!.navigator.onLine).to.equal(false);
    expect((await reloaded.readOutbox()).pending.map(e => e.key)).to.deep.equal([entry.key]);
    // The reloaded page shows the survey again: connecting it is the page-load flush (nothing goes out offline).
    surveyIn(frame.contentWindow!, endpoint);
    await reloaded.flushOutbox();
    expect(await collector(bin)).to.have.length(0);

    await setOffline(false);
    await until(async () => !(await reloaded.readOutbox()).pending.length, 5000, 'delivery after the reload');
    await sleep(300);
    expect([...accepted(await collector(bin))]).to.deep.equal([[entry.response.id, 1]]);
    expect(await collector(bin)).to.have.length(1);
    frame.remove();
  });

  it('two pages flushing the same outbox at once send each response once (Web Locks)', async function () {
    this.timeout(30000);
    const a = await openFrame();
    const b = await openFrame();
    await collector(bin, { then: { status: 200, delay: 5 } });
    const responses = Array.from({ length: 60 }, (_, i) => makeResponse(i));
    const keys = responses.map((r, i) => `${i.toString(36).padStart(9, '0')}-${r.id}`);
    // Written straight into the default outbox, so no flush starts before both pages ask for one.
    await setMany(
      responses.map((response, i) => [keys[i], { key: keys[i], endpoint, response, attempts: 0, next: 0 }]),
      createStore('masukan-outbox', 'outbox'),
    );
    await Promise.all([a.win.masukan.flushOutbox(), b.win.masukan.flushOutbox(), flushOutbox()]);
    const requests = await collector(bin);
    const counts = accepted(requests);
    expect(counts.size).to.equal(60);
    expect(requests).to.have.length(60);
    expect(responses.every(r => counts.get(r.id) === 1)).to.equal(true);
    expect((await readOutbox()).pending).to.have.length(0);
    a.frame.remove();
    b.frame.remove();
  });

  it('two elements on one page share the outbox; each response is sent once', async () => {
    const other = unique('bin');
    // (Two fixtures rather than one wrapper: a plain-element fixture waits for an animation frame, which never comes
    // while the suite's other page has the focus.)
    const one = await fixture<MasukanSurvey>(
      html`<masukan-survey .definition=${survey} endpoint=${endpoint}></masukan-survey>`,
    );
    const two = await fixture<MasukanSurvey>(
      html`<masukan-survey .definition=${survey} endpoint=${`/collect/${other}`}></masukan-survey>`,
    );
    const onDocument: string[] = [];
    const onWindow: string[] = [];
    const listeners = [
      [document, (e: Event) => onDocument.push((e as CustomEvent).detail.response.id)],
      [window, (e: Event) => onWindow.push((e as CustomEvent).detail.response.id)],
    ] as const;
    for (const [target, listener] of listeners) target.addEventListener('masukan-delivered', listener);
    await setOffline(true);
    await submit(one, 'satu');
    await submit(two, 'dua');
    expect((await readOutbox()).pending.map(e => e.endpoint)).to.deep.equal([
      `${location.origin}${endpoint}`,
      `${location.origin}/collect/${other}`,
    ]);
    await setOffline(false);
    await until(() => statusText(one) === 'Jawaban terkirim.' && statusText(two) === 'Jawaban terkirim.', 5000);
    await sleep(300);
    expect(await collector(bin)).to.have.length(1);
    expect(await collector(other)).to.have.length(1);
    // A page listener hears each delivery once, however many elements there are.
    for (const [target, listener] of listeners) target.removeEventListener('masukan-delivered', listener);
    const ids = [(await collector(bin))[0].id, (await collector(other))[0].id].sort();
    expect([...onDocument].sort()).to.deep.equal(ids);
    expect([...onWindow].sort()).to.deep.equal(ids);
  });

  it('keeps, lists and delivers answers with no IndexedDB at all (removed by the page)', async () => {
    const { frame, win } = await openFrame();
    Object.defineProperty(win, 'indexedDB', { value: undefined, configurable: true });
    await setOffline(true, undefined, win);
    const el = surveyIn(win, endpoint);
    await submit(el, 'tanpa IndexedDB');
    await win.masukan.flushOutbox(); // does not throw, sends nothing
    await until(() => statusText(el).startsWith('Jawaban tidak dapat disimpan'), 5000, 'the save-failed status');
    const { pending } = await win.masukan.readOutbox();
    expect(pending.map(e => e.response.answers)).to.deep.equal([{ saran: 'tanpa IndexedDB' }]);
    expect(await collector(bin)).to.have.length(0);

    await setOffline(false, undefined, win);
    await until(() => statusText(el) === 'Jawaban terkirim.', 10000, 'the sent status');
    expect((await collector(bin)).map(r => r.status)).to.deep.equal([200]);
    expect(await win.masukan.readOutbox()).to.deep.equal({ pending: [], failed: [] });
    frame.remove();
  });

  it("stores answers beside a host page's own database called masukan, and never changes that database", async () => {
    await deleteDatabase('masukan');
    // The host page's database: its own store, version 3, and a connection it keeps open (as idb-keyval does).
    const host = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('masukan', 3);
      request.onupgradeneeded = () => request.result.createObjectStore('settings');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    let versionChanges = 0;
    host.onversionchange = () => versionChanges++;
    try {
      const { frame, win } = await openFrame();
      await setOffline(true, undefined, win);
      const el = surveyIn(win, endpoint);
      await submit(el, 'di samping basis data lain');
      await until(() => statusText(el).startsWith('Jawaban tersimpan'), 5000, 'the saved status');
      // On the device, in the outbox's own database: it survives the tab.
      const stored = await entries(createStore('masukan-outbox', 'outbox'));
      expect(stored.map(([, e]) => (e as OutboxEntry).response.answers)).to.deep.equal([
        { saran: 'di samping basis data lain' },
      ]);
      await setOffline(false, undefined, win);
      // (Delivered by this page or the frame, whichever flushes first.)
      await until(async () => !(await win.masukan.readOutbox()).pending.length, 10000, 'delivery');
      expect((await collector(bin)).map(r => r.status)).to.deep.equal([200]);
      frame.remove();
      expect([host.version, [...host.objectStoreNames], versionChanges]).to.deep.equal([3, ['settings'], 0]);
    } finally {
      host.close();
      await deleteDatabase('masukan');
    }
  });

  it('says the server could not be reached (not "when online") when the endpoint does not resolve', async () => {
    const el = await fixture<MasukanSurvey>(
      html`<masukan-survey .definition=${survey} endpoint="http://unreachable.invalid/api"></masukan-survey>`,
    );
    const retried = new Promise(resolve => document.addEventListener('masukan-retry', resolve, { once: true }));
    await submit(el);
    await retried;
    await until(() => statusText(el), 5000, 'a status');
    expect(navigator.onLine).to.equal(true);
    expect(statusText(el)).to.equal(
      'Jawaban tersimpan di perangkat ini, tetapi server tidak dapat dihubungi. Kami akan terus mencoba mengirimnya.',
    );
    const [entry] = (await readOutbox()).pending;
    expect(entry.lastError).to.include({ status: 0, reason: 'Failed to fetch' });
    await expect(el).to.be.accessible();
  });

  for (const [lang, tag] of [
    ['EN', 'en'],
    ['ID', 'id'],
    ['en_US', 'en-US'],
  ])
    it(`records lang="${lang}" as ${tag}, thanks, and delivers it (not quarantined)`, async () => {
      const el = await fixture<MasukanSurvey>(
        html`<masukan-survey .definition=${survey} endpoint=${endpoint} lang=${lang}></masukan-survey>`,
      );
      const submitted = new Promise<string>(resolve =>
        el.addEventListener('masukan-submit', e => resolve(e.detail.response.lang)),
      );
      await submit(el);
      expect(await submitted).to.equal(tag);
      await until(async () => !(await readOutbox()).pending.length, 5000, 'delivery');
      expect(await readOutbox()).to.deep.equal({ pending: [], failed: [] });
      expect((await collector(bin)).map(r => r.status)).to.deep.equal([200]);
    });

  for (const [what, setUp] of [
    ['a context value that is an object', (el: MasukanSurvey) => (el.context = { office: { name: 'MPP' } } as never)],
    ['a context value that is an array', (el: MasukanSurvey) => el.setAttribute('context', '{"counters":[1,2]}')],
    [
      'a field added by a masukan-submit listener',
      (el: MasukanSurvey) =>
        el.addEventListener('masukan-submit', e => Object.assign(e.detail.response, { userAgent: 'x' })),
    ],
  ] as const)
    it(`refuses, before the thank-you, a response with ${what}: tells the developer and keeps the answers`, async () => {
      const el = await fixture<MasukanSurvey>(
        html`<masukan-survey .definition=${survey} endpoint=${endpoint}></masukan-survey>`,
      );
      setUp(el);
      const logged: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => void logged.push(args);
      const errors: MasukanErrorDetail[] = [];
      el.addEventListener('masukan-error', e => errors.push(e.detail));
      try {
        await el.updateComplete;
        const input = el.shadowRoot!.querySelector<HTMLInputElement>('#q-saran')!;
        input.value = 'Antrean lama';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
        await until(() => errors.length, 5000, 'masukan-error');
        await el.updateComplete;
      } finally {
        console.error = original;
      }
      expect(el.shadowRoot!.querySelector('.thanks')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part=error-summary]')!.textContent).to.equal(
        'Jawaban belum dapat dikirim karena ada kesalahan pada halaman ini. Mohon beri tahu petugas.',
      );
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('#q-saran')!.value).to.equal('Antrean lama');
      expect(errors[0].error.name).to.equal('ResponseError');
      expect(errors[0].problems!.map(p => p.path)[0]).to.match(/^(context\.(office|counters)|\(root\))$/);
      expect(logged.flat().join(' ')).to.contain('Invalid response');
      expect(await readOutbox()).to.deep.equal({ pending: [], failed: [] });
      expect(await collector(bin)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

  it('stores what a sender delivers before thanking, and retries it until the sender resolves', async () => {
    outboxSettings.backoff = 20;
    const calls: string[] = [];
    const sender = async (response: SurveyResponse) => {
      calls.push(response.answers.saran as string);
      if (calls.length < 3) throw new Error('jaringan kantor sibuk');
    };
    const el = await fixture<MasukanSurvey>(
      html`<masukan-survey .definition=${survey} .sender=${sender}></masukan-survey>`,
    );
    await setOffline(true);
    await submit(el, 'lewat sender');
    // Stored on the device before the thank-you, as any other answer.
    expect((await readOutbox()).pending.map(e => e.endpoint)).to.deep.equal(['sender:uji-outbox']);
    expect(calls).to.deep.equal([]);
    await setOffline(false);
    await until(() => statusText(el) === 'Jawaban terkirim.', 10000, 'the sent status');
    expect(calls).to.deep.equal(['lewat sender', 'lewat sender', 'lewat sender']);
    expect(await readOutbox()).to.deep.equal({ pending: [], failed: [] });
    outboxSettings.backoff = 1000;
  });

  it('asks for persistent storage when `persist` is set and reports the answer', async () => {
    const el = await fixture<MasukanSurvey>(
      html`<masukan-survey .definition=${survey} endpoint=${endpoint} persist></masukan-survey>`,
    );
    await until(() => el.persisted !== undefined, 5000, 'persisted');
    expect(el.persisted).to.equal(await navigator.storage.persisted());
  });

  it('tells the user when the device cannot store the answer, and still sends it', async () => {
    const { frame, win, el } = await surveyWithFullStorage(endpoint);
    await el.updateComplete;
    const shown: string[] = [];
    new MutationObserver(() => shown.at(-1) === statusText(el) || shown.push(statusText(el))).observe(el.shadowRoot!, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    await submit(el);
    await until(() => shown.includes('Jawaban terkirim.'), 5000, 'the sent status');
    expect(shown.filter(text => text)).to.deep.equal([
      'Jawaban tidak dapat disimpan di perangkat ini. Kami terus mencoba mengirimnya selama halaman ini terbuka.',
      'Jawaban terkirim.',
    ]);
    expect(await win.masukan.readOutbox()).to.deep.equal({ pending: [], failed: [] });
    await until(() => statusText(el) === 'Jawaban terkirim.', 5000, 'the sent status');
    expect(await collector(bin)).to.have.length(1);
    frame.remove();
  });

  it('keeps an answer it could not store in memory while offline, and delivers it once back online', async () => {
    const { frame, win, el } = await surveyWithFullStorage(endpoint);
    await setOffline(true, undefined, win);
    await submit(el, 'Tersimpan di memori');
    await win.masukan.flushOutbox();
    expect(statusText(el)).to.equal(
      'Jawaban tidak dapat disimpan di perangkat ini. Kami terus mencoba mengirimnya selama halaman ini terbuka.',
    );
    expect(await collector(bin)).to.have.length(0);
    const { pending } = await win.masukan.readOutbox();
    expect(pending.map(e => e.response.answers)).to.deep.equal([{ saran: 'Tersimpan di memori' }]);

    await setOffline(false, undefined, win); // the `online` event flushes
    await until(() => statusText(el) === 'Jawaban terkirim.', 10000, 'the sent status');
    await win.masukan.flushOutbox();
    const received = await collector(bin);
    expect(received.map(r => r.status)).to.deep.equal([200]);
    expect(await win.masukan.readOutbox()).to.deep.equal({ pending: [], failed: [] });
    frame.remove();
  });
});
