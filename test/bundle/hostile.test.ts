// The script-tag files on hostile pages: aggressive global CSS, a strict CSP, scripts pasted twice, another Lit,
// several surveys and launchers on one page. Imports nothing from src/.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { until } from '../helpers/wait.js';

interface FrameWindow extends Window {
  problems: string[];
  Masukan: Record<string, unknown>;
  litElementVersions?: string[];
}

interface Launcher extends HTMLElement {
  open(): Promise<void>;
  close(): void;
  readonly survey: HTMLElement | null;
}

async function load(src: string, width = 1280, height = 800): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

const scriptRequests = (frame: HTMLIFrameElement, file: string) =>
  (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(entry =>
    entry.name.endsWith(`/${file}`),
  ).length;

/** The rendered survey inside a launcher's dialog. */
const surveyOf = (launcher: Launcher) =>
  until(() => launcher.survey?.shadowRoot?.querySelector('[part=title]') && launcher.survey, 15000, 'launcher survey');

describe('script-tag files on a hostile page', () => {
  let frame: HTMLIFrameElement;
  let win: FrameWindow;
  let doc: Document;
  before(async () => {
    frame = await load('/test/bundle/csp-hostile.html');
    win = frame.contentWindow as unknown as FrameWindow;
    doc = frame.contentDocument!;
    await until(() => doc.querySelector('page-badge')?.shadowRoot?.textContent?.includes('3.3.3'), 10000, 'Lit 2');
  });
  after(() => frame.remove());

  it("loads under CSP default-src 'self', twice each, next to another Lit, without an error", async () => {
    const res = await fetch('/test/bundle/csp-hostile.html');
    expect(res.headers.get('content-security-policy')).to.equal("default-src 'self'");
    const survey = await until(() => doc.getElementById('inline')!.shadowRoot?.querySelector('[part=title]'));
    expect(survey.textContent).to.equal('Survei di halaman yang galak');
    expect(win.litElementVersions).to.include('3.3.3'); // the page's Lit 2.8 (LitElement 3)
    expect(win.litElementVersions!.some(v => v.startsWith('4.'))).to.equal(true); // Masukan's Lit 3 (LitElement 4)
    expect(typeof win.Masukan.MasukanLauncher).to.equal('function');
    expect(typeof win.Masukan.MasukanSurvey).to.equal('function');
    expect(win.problems).to.deep.equal([]);
  });

  it('keeps page CSS out: font, colour, spacing, buttons and targets are its own', async () => {
    const root = doc.getElementById('inline')!.shadowRoot!;
    await until(() => root.querySelector('label.option'));
    const base = getComputedStyle(root.querySelector('[part=base]')!);
    expect(base.fontSize).to.equal('16px'); // medium, not the page's 40px root or the 60px on the element
    expect(base.color).to.equal('rgb(28, 27, 31)');
    expect(base.letterSpacing).to.equal('normal');
    expect(base.textTransform).to.equal('none');
    expect(base.whiteSpace).to.equal('normal');
    expect(base.textAlign).to.equal('start');
    expect(base.fontFamily).to.contain('system-ui');
    const submit = root.querySelector<HTMLButtonElement>('button[type=submit]')!;
    expect(getComputedStyle(submit).display).not.to.equal('none');
    expect(submit.getBoundingClientRect().height).to.be.at.least(44);
    for (const option of root.querySelectorAll('label.option'))
      expect(option.getBoundingClientRect().height).to.be.at.least(44);
    // 16 px text in a 1280 px frame: the four options share one row, as on a normal page.
    const tops = [...root.querySelectorAll('label.option')].map(o => Math.round(o.getBoundingClientRect().top));
    expect(new Set(tops).size).to.equal(1);
  });

  it('keeps its own CSS in: page elements named like its parts keep the page style', () => {
    const page = getComputedStyle(doc.querySelector('p.option')!);
    expect(page.borderTopStyle).to.equal('none'); // the survey's .option border does not apply
    expect(page.fontSize).to.equal('40px');
    expect(page.color).to.equal('rgb(176, 0, 32)');
  });

  it('runs two surveys and two launchers side by side, each with its own survey and endpoint', async () => {
    const preset = await until(() => doc.getElementById('preset')!.shadowRoot?.querySelector('[part=title]'));
    expect(preset.textContent).to.equal('Public Consultation on the Draft Service Standard');
    expect(doc.querySelectorAll('script[src$="masukan-presets.min.js"]')).to.have.length(1);

    const skm = doc.getElementById('umpan-balik') as Launcher;
    const queue = doc.getElementById('antrean') as Launcher;
    const skmButton = skm.shadowRoot!.querySelector('[part=button]')!.getBoundingClientRect();
    const queueButton = queue.shadowRoot!.querySelector('[part=button]')!.getBoundingClientRect();
    expect(skmButton.right).to.be.closeTo(1280 - 16, 1);
    expect(queueButton.left).to.be.closeTo(16, 1);
    expect(queueButton.height).to.be.at.least(44);
    expect(queue.shadowRoot!.querySelector('[part=label]')!.textContent).to.equal('Nilai antrean');

    await skm.open();
    const skmSurvey = await surveyOf(skm);
    expect(skmSurvey.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Survei Kepuasan Masyarakat');
    skm.close();

    await executeServerCommand('collector', { bin: 'hostile-queue' });
    await queue.open();
    const queueSurvey = await surveyOf(queue);
    expect(queueSurvey.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Bagaimana antrean hari ini?');
    expect(skm.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
    queueSurvey.shadowRoot!.querySelector<HTMLInputElement>('input[value=singkat]')!.click();
    queueSurvey.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const { requests } = await until(async () => {
      const got = (await executeServerCommand('collector', { bin: 'hostile-queue' })) as { requests: unknown[] };
      return got.requests.length ? got : undefined;
    });
    expect(requests).to.have.length(1);
    queue.close();
    // The page had defined <masukan-survey> itself: the launchers added no script of their own.
    expect(doc.querySelectorAll('script[data-masukan-survey]')).to.have.length(0);
    expect(win.problems).to.deep.equal([]);
  });
});

describe('dist/masukan-launcher.min.js alone', () => {
  it('loads masukan.min.js from its own folder on first open, once, then the preset, and submits', async () => {
    const frame = await load('/test/bundle/csp-launcher.html');
    const win = frame.contentWindow as unknown as FrameWindow;
    const doc = frame.contentDocument!;
    try {
      const launcher = doc.querySelector('masukan-launcher') as Launcher;
      await until(() => launcher.shadowRoot?.querySelector('[part=button]'));
      expect(scriptRequests(frame, 'masukan.min.js')).to.equal(0);
      expect(win.customElements.get('masukan-survey')).to.equal(undefined);

      launcher.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!.click();
      const survey = await surveyOf(launcher);
      expect(survey.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Community Satisfaction Survey');
      // lang="en": the survey's English terms came from masukan-en.min.js, found next to masukan.min.js too.
      expect(survey.shadowRoot!.querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Next');
      expect(scriptRequests(frame, 'masukan.min.js')).to.equal(1);
      expect(scriptRequests(frame, 'masukan-presets.min.js')).to.equal(1);
      expect(scriptRequests(frame, 'masukan-en.min.js')).to.equal(1);
      launcher.close();
      await launcher.open();
      expect(doc.querySelectorAll('script[src$="/masukan.min.js"]')).to.have.length(1);
      expect(win.problems).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
