// Tests of the built script-tag file dist/masukan.min.js (`npm test` builds it first). Imports nothing from src/.
import { expect } from '@open-wc/testing';
import { until } from '../helpers/wait.js';

interface FrameWindow extends Window {
  problems: string[];
  Masukan: Record<string, unknown>;
}

function load(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise<HTMLIFrameElement>(resolve =>
    frame.addEventListener('load', () => resolve(frame), { once: true }),
  );
  frame.src = src;
  document.body.append(frame);
  return loaded;
}

describe('dist/masukan.min.js', () => {
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
});
