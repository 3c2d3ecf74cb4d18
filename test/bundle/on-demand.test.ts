// Tests of the files that the built dist/masukan.min.js fetches from its own folder on first need: the survey's
// English terms (masukan-en.min.js) and the outbox's delivery part (masukan-delivery.min.js), on a page under CSP
// default-src 'self' in a folder /test/mirror/<tag>/ that holds the files of dist/, where a test can make one
// unreachable (see mirrorMiddleware in test/helpers/wtr-plugins.mjs). Imports nothing from src/.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { collector, setOffline, unique, until } from '../outbox/helpers.js';

interface PageWindow extends Window {
  problems: string[];
  rendered: string[];
  warnings: string[];
  errors: string[];
  Masukan: {
    readOutbox(name: string): Promise<{ pending: { response: { id: string } }[]; failed: unknown[] }>;
    retryFailed(key: string, name: string): Promise<void>;
  };
}

interface Page {
  frame: HTMLIFrameElement;
  win: PageWindow;
  survey: HTMLElement & { shadowRoot: ShadowRoot };
  /** How many times the page requested `file` (fetched or not). */
  requests(file: string): number;
}

/** The folder of this test's page, a new one per test (the browser keeps each file it loaded). */
let folder = '';
/** Makes `files` of this test's folder unreachable, and every other one reachable. */
const block = (...files: string[]) => executeServerCommand('mirror', { tag: folder, block: files });

/** Loads test/bundle/on-demand.html from this test's folder, with a survey set up by `params`. */
async function open(params: Record<string, string>): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/mirror/${folder}/page.html?${new URLSearchParams(params)}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as unknown as PageWindow;
  const survey = frame.contentDocument!.querySelector('masukan-survey') as Page['survey'];
  const requests = (file: string) =>
    (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(entry =>
      entry.name.endsWith(`/test/mirror/${folder}/${file}`),
    ).length;
  return { frame, win, survey, requests };
}

const text = (page: Page, selector: string) => page.survey.shadowRoot.querySelector(selector)?.textContent?.trim();

/** Answers the one question and submits; resolves with the response id once the thank-you view shows. */
async function submit(page: Page): Promise<string> {
  const root = await until(() => page.survey.shadowRoot.querySelector('#q-saran') && page.survey.shadowRoot);
  const input = root.querySelector<HTMLInputElement>('#q-saran')!;
  input.value = 'Antrean cepat';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const submitted = new Promise<string>(resolve =>
    page.survey.addEventListener('masukan-submit', e => resolve((e as CustomEvent).detail.response.id), {
      once: true,
    }),
  );
  root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  const id = await submitted;
  await until(() => root.querySelector('[part=thank-you]'), 5000, 'the thank-you view');
  return id;
}

const status = (page: Page) => text(page, '[part=thank-you] [role=status]') ?? '';
/** Texts of the Indonesian UI that an English survey must never show, not even for one frame. */
const indonesian = /Memuat survei|Berikutnya|Kirim|wajib|opsional|Terima kasih/;

describe('files next to dist/masukan.min.js, fetched on first need', function () {
  this.timeout(30000);
  let page: Page | undefined;
  beforeEach(() => (folder = unique('folder')));
  afterEach(async () => {
    page?.frame.remove();
    page = undefined;
    await setOffline(false);
  });

  it('shows a lang="en" survey in English from masukan-en.min.js, without showing Indonesian first', async () => {
    page = await open({ lang: 'en' });
    await until(() => text(page!, '[part=title]'), 10000, 'the survey');
    expect(text(page, '[part=title]')).to.equal('Survey in a site folder');
    expect(text(page, 'button[type=submit]')).to.equal('Submit');
    expect(text(page, '[part=label]')).to.contain('required');
    expect(page.requests('masukan-en.min.js')).to.equal(1);
    expect(page.win.rendered.filter(shown => indonesian.test(shown))).to.deep.equal([]);
    expect(page.win.errors).to.deep.equal([]);
    expect(page.win.problems).to.deep.equal([]);
    // A survey in Bahasa Indonesia never fetches it.
    page.frame.remove();
    page = await open({ lang: 'id' });
    await until(() => text(page!, '[part=title]'), 10000, 'the survey');
    expect(text(page, 'button[type=submit]')).to.equal('Kirim');
    expect(page.requests('masukan-en.min.js')).to.equal(0);
  });

  it('falls back to Bahasa Indonesia, with a warning and masukan-error, when masukan-en.min.js cannot be fetched', async () => {
    await block('masukan-en.min.js');
    page = await open({ lang: 'en' });
    await until(() => text(page!, '[part=title]'), 10000, 'the survey');
    expect(text(page, 'button[type=submit]')).to.equal('Kirim');
    expect(text(page, '[part=title]')).to.equal('Survey in a site folder'); // the survey's own texts follow lang
    expect(page.requests('masukan-en.min.js')).to.equal(1);
    expect(page.win.warnings).to.have.length(1);
    expect(page.win.warnings[0]).to.match(/<masukan-survey> the "en" terms could not be loaded .*masukan-en\.min\.js/);
    expect(page.win.errors).to.have.length(1);
    expect(page.win.errors[0]).to.contain('so it shows Bahasa Indonesia');
  });

  it('stores the answer, thanks, then delivers it to a loopback endpoint through masukan-delivery.min.js', async () => {
    const bin = unique('bin');
    page = await open({ endpoint: `/collect/${bin}`, outbox: unique('outbox') });
    await until(() => text(page!, '[part=title]'), 10000, 'the survey');
    // Nothing to deliver yet: a page that only shows a survey does not fetch it.
    expect(page.requests('masukan-delivery.min.js')).to.equal(0);
    const id = await submit(page);
    await until(() => status(page!) === 'Jawaban terkirim.', 20000, 'the "sent" status');
    expect((await collector(bin)).map(r => [r.id, r.status])).to.deep.equal([[id, 200]]);
    expect(page.requests('masukan-delivery.min.js')).to.equal(1);
    expect(page.win.problems).to.deep.equal([]);
  });

  /**
   * Opens the page with masukan-delivery.min.js unreachable and submits: online, but the delivery part cannot be
   * fetched, so the answer waits on the device and the status says so. Returns the response id.
   */
  async function submitWithoutDeliveryPart(bin: string, outbox: string): Promise<[string, Page]> {
    await block('masukan-delivery.min.js');
    const opened = (page = await open({ endpoint: `/collect/${bin}`, outbox }));
    const id = await submit(opened);
    await until(() => status(opened).includes('server tidak dapat dihubungi'), 10000, 'the "unreachable" status');
    return [id, opened];
  }

  it('keeps the answer while masukan-delivery.min.js is unreachable, and delivers it on the online event once it is back', async () => {
    const bin = unique('bin');
    const outbox = unique('outbox');
    const [id, shown] = await submitWithoutDeliveryPart(bin, outbox);
    expect(status(shown)).to.equal(
      'Jawaban tersimpan di perangkat ini, tetapi server tidak dapat dihubungi. Kami akan terus mencoba mengirimnya.',
    );
    const { pending } = await shown.win.Masukan.readOutbox(outbox);
    expect(pending.map(entry => entry.response.id)).to.deep.equal([id]);
    expect(shown.win.warnings.some(w => w.includes('masukan-delivery.min.js'))).to.equal(true);
    expect(await collector(bin)).to.deep.equal([]);

    await block();
    await setOffline(true);
    await setOffline(false); // the online event flushes
    await until(() => status(shown) === 'Jawaban terkirim.', 20000, 'the "sent" status');
    expect((await collector(bin)).map(r => [r.id, r.status])).to.deep.equal([[id, 200]]);
    expect(shown.requests('masukan-delivery.min.js')).to.equal(2);
  });

  it('delivers an answer kept while masukan-delivery.min.js was unreachable on the next page load', async () => {
    const bin = unique('bin');
    const outbox = unique('outbox');
    const [id, first] = await submitWithoutDeliveryPart(bin, outbox);
    first.frame.remove();

    await block();
    page = await open({ endpoint: `/collect/${bin}`, outbox });
    await until(async () => (await collector(bin)).length, 10000, 'the delivery');
    expect((await collector(bin)).map(r => [r.id, r.status])).to.deep.equal([[id, 200]]);
    expect(page.requests('masukan-delivery.min.js')).to.equal(1);
  });

  it('does not fetch it while the browser is offline: the answer waits, and goes out when the network is back', async () => {
    const bin = unique('bin');
    page = await open({ endpoint: `/collect/${bin}`, outbox: unique('outbox') });
    await until(() => text(page!, '[part=title]'), 10000, 'the survey');
    await setOffline(true);
    const id = await submit(page);
    await until(() => status(page!), 5000, 'a status');
    expect(status(page)).to.equal('Jawaban tersimpan di perangkat ini dan akan dikirim saat tersambung ke internet.');
    expect(page.requests('masukan-delivery.min.js')).to.equal(0);
    await setOffline(false);
    await until(() => status(page!) === 'Jawaban terkirim.', 20000, 'the "sent" status');
    expect((await collector(bin)).map(r => r.id)).to.deep.equal([id]);
  });

  it('keeps the outbox functions for staff on Masukan: they fetch masukan-delivery.min.js first', async () => {
    page = await open({ outbox: unique('outbox') });
    await until(() => text(page!, '[part=title]'), 10000, 'the survey');
    expect(page.requests('masukan-delivery.min.js')).to.equal(0);
    await page.win.Masukan.retryFailed('no-such-key', 'unused');
    expect(page.requests('masukan-delivery.min.js')).to.equal(1);
    expect(page.win.problems).to.deep.equal([]);
  });
});
