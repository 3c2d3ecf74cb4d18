// Tests of the built report script dist/masukan-ikm-report.min.js (`npm test` builds it first), beside the survey
// script, under CSP default-src 'self'.
import { expect } from '@open-wc/testing';

interface FrameWindow extends Window {
  problems: string[];
  Masukan: Record<string, unknown> & {
    computeIkm: (responses: unknown, options: { surveyId: string }) => { nik: number; mutu: string };
  };
}

describe('dist/masukan-ikm-report.min.js', () => {
  it('renders the report from a <script> tag under CSP, next to the survey script, on the shared global', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '800px';
    const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/bundle/csp-ikm-report.html';
    document.body.append(frame);
    await loaded;
    const res = await fetch('/test/bundle/csp-ikm-report.html');
    expect(res.headers.get('content-security-policy')).to.equal("default-src 'self'");

    const win = frame.contentWindow as unknown as FrameWindow;
    const el = frame.contentDocument!.querySelector('masukan-ikm-report')!;
    const start = performance.now();
    while (!el.shadowRoot?.querySelector('.nik') && performance.now() - start < 5000)
      await new Promise(r => setTimeout(r, 20));
    const root = el.shadowRoot!;
    const seed = await (await fetch('/demo/seed-responses.json')).json();
    const result = win.Masukan.computeIkm(seed, { surveyId: 'skm' });
    expect(root.querySelector('.nik')!.textContent).to.equal(result.nik.toFixed(2).replace('.', ','));
    expect(root.querySelector('.headline .grade')!.textContent).to.equal(result.mutu);
    expect(root.querySelectorAll('.sample dd')[1].textContent).to.equal('341'); // Krejcie–Morgan for N = 3000
    // Both scripts add to the one `Masukan` global.
    expect(typeof win.Masukan.MasukanSurvey).to.equal('function');
    expect(typeof win.Masukan.MasukanIkmReport).to.equal('function');
    // Styles applied through constructable stylesheets: the period select is at least 44 px tall.
    expect(root.querySelector('select')!.getBoundingClientRect().height).to.be.at.least(44);
    expect(win.problems).to.deep.equal([]);
    frame.remove();
  });
});
