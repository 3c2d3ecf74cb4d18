// Tests of the built script-tag file dist/masukan.min.js (`npm test` builds it first). Imports nothing from src/.
import { expect } from '@open-wc/testing';
import { until } from '../helpers/wait.js';
import { collector, unique } from '../outbox/helpers.js';

interface FrameWindow extends Window {
  problems: string[];
  Masukan: Record<string, unknown>;
}

function load(src: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise<HTMLIFrameElement>(resolve =>
    frame.addEventListener('load', () => resolve(frame), { once: true }),
  );
  frame.src = src;
  document.body.append(frame);
  return loaded;
}

/** What test/bundle/submit-driver.js reports from a frame the test cannot reach into. */
interface DriverReport {
  secure: boolean;
  randomUUID: string;
  id: string | null;
  statuses: string[];
  thanked?: boolean;
  problems: string[];
  error?: string;
}

/** Loads test/bundle/frame.html from `origin` (or sandboxed) and waits for the driver's report. */
async function drive(origin: string, endpoint: string, sandbox?: string): Promise<DriverReport> {
  const report = new Promise<DriverReport>(resolve =>
    addEventListener('message', function listener(e) {
      if (!e.data || typeof e.data !== 'object' || !('statuses' in e.data)) return;
      removeEventListener('message', listener);
      resolve(e.data);
    }),
  );
  const frame = await load(`${origin}/test/bundle/frame.html?endpoint=${encodeURIComponent(endpoint)}`, sandbox);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('dist/masukan.min.js', function () {
  this.timeout(30000);

  it("renders, loads a preset and submits from a plain <script> tag under CSP default-src 'self', loaded twice", async () => {
    const frame = await load('/test/bundle/csp.html');
    const res = await fetch('/test/bundle/csp.html');
    expect(res.headers.get('content-security-policy')).to.equal("default-src 'self'");

    const win = frame.contentWindow as unknown as FrameWindow;
    const doc = frame.contentDocument!;
    const el = doc.querySelector('masukan-survey')!;
    // A preset comes from masukan-presets.min.js, fetched on demand next to the script (allowed by 'self').
    const preset = doc.getElementById('preset')!;
    await until(() => preset.shadowRoot?.querySelector('[part=title]'));
    expect(preset.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal(
      'Public Consultation on the Draft Service Standard',
    );
    expect(doc.querySelectorAll('script[src$="masukan-presets.min.js"]')).to.have.length(1);
    expect(typeof win.Masukan.skm).to.equal('function');
    const root = await until(() => el.shadowRoot?.querySelector('[part=title]') && el.shadowRoot);
    expect(root.querySelector('[part=title]')!.textContent).to.equal('Survei di bawah CSP ketat');
    expect(typeof win.Masukan.parseSurvey).to.equal('function');
    expect(typeof win.Masukan.MasukanSurvey).to.equal('function');

    // Styles applied (constructable stylesheets are allowed under the CSP): options are at least 44 px tall.
    const option = root.querySelector<HTMLElement>('label.option')!;
    expect(option.getBoundingClientRect().height).to.be.at.least(44);

    const submitted = new Promise<CustomEvent>(resolve =>
      el.addEventListener('masukan-submit', e => resolve(e as CustomEvent)),
    );
    root.querySelector<HTMLInputElement>('input[name=puas][value="4"]')!.click();
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const { detail } = await submitted;
    expect(detail.response.answers).to.deep.equal({ puas: 4 });
    expect(detail.response.context).to.deep.equal({ agency: 'DPMPTSP', channel: 'web' });
    await until(() => root.querySelector('[part=thank-you]'));
    expect(win.problems).to.deep.equal([]);
    frame.remove();
  });

  it('works on a plain-http origin that is not localhost (no secure context, no crypto.randomUUID)', async () => {
    const bin = unique('bin');
    // intranet.test is this machine (see --host-resolver-rules in web-test-runner.config.mjs), as on an office LAN.
    const origin = `http://intranet.test:${location.port}`;
    const report = await drive(origin, `${origin}/collect/${bin}`);
    expect(report).to.include({ secure: false, randomUUID: 'undefined', thanked: true });
    expect(report.error).to.equal(undefined);
    expect(report.id).to.match(uuidV4);
    expect(report.statuses.at(-1)).to.equal('Jawaban terkirim.');
    expect(report.problems).to.deep.equal([]);
    expect((await collector(bin)).map(r => [r.id, r.status])).to.deep.equal([[report.id, 200]]);
  });

  it('keeps the answer in memory and delivers it in a sandboxed frame, where IndexedDB refuses to open', async () => {
    const bin = unique('bin');
    // (Without allow-same-origin the frame's origin is opaque, so IndexedDB throws; allow-forms lets Kirim submit.)
    const report = await drive(location.origin, `${location.origin}/collect/${bin}`, 'allow-scripts allow-forms');
    expect(report.error).to.equal(undefined);
    expect(report.statuses).to.deep.equal([
      'Jawaban tidak dapat disimpan di perangkat ini. Kami terus mencoba mengirimnya selama halaman ini terbuka.',
      'Jawaban terkirim.',
    ]);
    expect(report.problems).to.deep.equal([]);
    expect((await collector(bin)).map(r => r.id)).to.deep.equal([report.id]);
  });

  it('loads preset="skm", the problem words, the English terms and the delivery part under Trusted Types (require-trusted-types-for \'script\')', async () => {
    const frame = await load('/test/bundle/trusted-types.html');
    const res = await fetch('/test/bundle/trusted-types.html');
    expect(res.headers.get('content-security-policy')).to.equal(
      "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html masukan",
    );
    const win = frame.contentWindow as unknown as FrameWindow;
    const doc = frame.contentDocument!;
    const skm = doc.getElementById('skm')!;
    await until(() => skm.shadowRoot?.querySelector('[part=title], [part=problem]'), 10000, 'the SKM survey');
    expect(skm.shadowRoot!.querySelector('[part=title]')?.textContent).to.equal('Survei Kepuasan Masyarakat');
    // The invalid one explains itself in Indonesian once masukan-problems.min.js arrived.
    const invalid = doc.getElementById('invalid')!;
    await until(() =>
      invalid.shadowRoot?.querySelector('[part=problem] li')?.textContent?.includes('jenis pertanyaan'),
    );
    expect(invalid.shadowRoot!.querySelector('[part=problem] li')!.textContent).to.contain(
      'pages[0].questions[0].type: jenis pertanyaan tidak dikenal',
    );
    const english = doc.getElementById('english')!;
    await until(() => english.shadowRoot?.querySelector('[part=title]'), 10000, 'the English SKM survey');
    expect(english.shadowRoot!.querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Next');
    // A staff function of the outbox fetches masukan-delivery.min.js first.
    await (win.Masukan.retryFailed as (key: string, name: string) => Promise<void>)('no-such-entry', 'trusted-types');
    for (const file of ['presets', 'problems', 'en', 'delivery'])
      expect(doc.querySelectorAll(`script[src$="masukan-${file}.min.js"]`), file).to.have.length(1);
    expect(win.problems).to.deep.equal([]);
    frame.remove();
  });

  it('coexists with the ESM build on one page', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      await new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = '/dist/masukan.min.js';
        script.onload = resolve;
        script.onerror = reject;
        document.head.append(script);
      });
      const iifeClass = customElements.get('masukan-survey');
      const esm = await import('/dist/index.js' as string);
      expect(esm.MasukanSurvey).to.be.a('function');
      expect(customElements.get('masukan-survey')).to.equal(iifeClass); // the first definition wins, nothing throws
      expect(warnings).to.deep.equal([]); // same version: no warning
    } finally {
      console.warn = original;
    }
  });
  for (const [tag, part] of [
    ['masukan-survey', 'title'],
    ['masukan-kiosk', 'start-button'],
  ]) {
    it(`<${tag}> shows its inline-JSON survey while the rest of the page is still loading`, async () => {
      // The server holds the end of the page back for 3 s: the element must not wait for DOMContentLoaded.
      const frame = document.createElement('iframe');
      frame.src = `/test/streamed/${tag}?hold=3000`;
      document.body.append(frame);
      try {
        const shown = await until(
          () => frame.contentDocument?.querySelector(tag)?.shadowRoot?.querySelector(`[part=${part}]`),
          2500,
          `<${tag}> shown while loading`,
        );
        expect(frame.contentDocument!.readyState).to.equal('loading');
        expect(frame.contentDocument!.getElementById('end')).to.equal(null);
        if (part === 'title') expect(shown.textContent).to.equal('Survei yang tampil sebelum halaman selesai');
      } finally {
        frame.remove();
      }
    });
  }
});
