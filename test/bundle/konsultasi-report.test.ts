// Tests of the built script dist/masukan-konsultasi-report.min.js (`npm test` builds it first), beside the survey and
// IKM report scripts, under CSP default-src 'self'.
import { expect } from '@open-wc/testing';
import { until } from '../helpers/wait.js';

interface FrameWindow extends Window {
  problems: string[];
  Masukan: Record<string, unknown> & {
    konsultasiResults: (responses: unknown, options: object) => { participants: number };
    registerTranslation: (...t: object[]) => void;
    translation: (lang: string) => Record<string, unknown>;
  };
}

describe('dist/masukan-konsultasi-report.min.js', () => {
  it('renders the seeded forum from a <script> tag under CSP, sharing the global and the translation registry', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '800px';
    const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/bundle/csp-konsultasi-report.html';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as unknown as FrameWindow;
    const el = frame.contentDocument!.querySelector('masukan-konsultasi-report')!;
    const participants = await until(() => el.shadowRoot?.querySelector('.participants')?.textContent, 10000);
    const seed = await (await fetch('/demo/seed-responses.json')).json();
    const expected = win.Masukan.konsultasiResults(seed, { surveyId: 'konsultasi' }).participants;
    expect(expected).to.equal(24);
    expect(participants).to.equal('24');
    for (const name of ['MasukanSurvey', 'MasukanIkmReport', 'MasukanKonsultasiReport'])
      expect(typeof win.Masukan[name], name).to.equal('function');
    // Terms registered by any of the scripts are in the one registry. (Nothing on this page asked for the survey's
    // English terms, so they are not there until masukan-en.min.js is loaded.)
    expect(win.Masukan.translation('en').submit).to.equal('Kirim');
    const english = frame.contentDocument!.createElement('script');
    const registered = new Promise(resolve => english.addEventListener('load', resolve));
    english.src = '/dist/masukan-en.min.js';
    frame.contentDocument!.head.append(english);
    await registered;
    const t = win.Masukan.translation('en');
    expect([t.submit, t.ikmTitle, t.konsultasiTitle]).to.deep.equal([
      'Submit',
      'Community Satisfaction Index',
      'Public Consultation Results',
    ]);
    expect(win.problems).to.deep.equal([]);
    frame.remove();
  });
});
