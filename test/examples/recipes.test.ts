// The framework recipes of examples/ (their types are checked by `tsc -p examples` in npm test): each one renders a
// survey and a launcher, and a response submitted in it reaches the endpoint.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { until } from '../helpers/wait.js';

interface FrameWindow extends Window {
  hacked?: number;
}

async function load(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '768px';
  const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Answers the recipe's one question with 4, submits, and returns the response id the page saw. */
async function answer(frame: HTMLIFrameElement): Promise<string> {
  const doc = frame.contentDocument!;
  const survey = await until(() => doc.querySelector('masukan-survey'), 20000, 'the survey element');
  const root = await until(() => survey.shadowRoot?.querySelector('[part=form]') && survey.shadowRoot, 20000, 'form');
  const submitted = new Promise<string>(resolve =>
    survey.addEventListener('masukan-submit', e => resolve((e as CustomEvent).detail.response.id), { once: true }),
  );
  root.querySelector<HTMLInputElement>('input[name=puas][value="4"]')!.click();
  root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  const id = await submitted;
  await until(() => root.querySelector('[part=thank-you]'));
  return id;
}

/** Waits until the endpoint (the test collector behind /api/responses) received the response `id`. */
async function delivered(id: string) {
  return until(
    async () => {
      const { requests } = (await executeServerCommand('collector', { bin: 'api-responses' })) as {
        requests: { id: string; status: number }[];
      };
      return requests.find(r => r.id === id);
    },
    20000,
    `response ${id} delivered`,
  );
}

const launcherOf = (doc: Document) =>
  until(() => doc.querySelector('masukan-launcher')?.shadowRoot?.querySelector('[part=button]'));

describe('framework recipes (examples/)', () => {
  it('plain HTML: script tags, an inline survey and a launcher', async () => {
    const frame = await load('/examples/plain-html/index.html');
    try {
      expect(await delivered(await answer(frame))).to.include({ status: 200 });
      expect((await launcherOf(frame.contentDocument!)).textContent!.trim()).to.equal('Beri masukan');
    } finally {
      frame.remove();
    }
  });

  it('React 19: definition and context as properties, onmasukan-submit as a listener', async () => {
    const frame = await load('/examples/react/index.html');
    try {
      const id = await answer(frame);
      await delivered(id);
      const status = frame.contentDocument!.querySelector('[role=status]')!;
      await until(() => status.textContent === `Terkirim: ${id}`, 5000, 'React state from the event');
      const survey = frame.contentDocument!.querySelector('masukan-survey') as HTMLElement & { context: unknown };
      expect(survey.context).to.deep.equal({ agency: 'DPMPTSP Kota Contoh', channel: 'react' });
      expect((await launcherOf(frame.contentDocument!)).textContent!.trim()).to.equal('Nilai layanan');
    } finally {
      frame.remove();
    }
  });

  it('Vue 3: isCustomElement, :definition bound as a property, @masukan-submit', async () => {
    const frame = await load('/examples/vue/index.html');
    try {
      const id = await answer(frame);
      await delivered(id);
      const status = frame.contentDocument!.querySelector('[role=status]')!;
      await until(() => status.textContent === `Terkirim: ${id}`, 5000, 'Vue state from the event');
      expect((await launcherOf(frame.contentDocument!)).textContent!.trim()).to.equal('Nilai layanan');
    } finally {
      frame.remove();
    }
  });

  it('a server-rendered page: definition and context escaped into the HTML', async () => {
    const frame = await load('/examples/server-rendered/');
    try {
      const doc = frame.contentDocument!;
      const survey = doc.querySelector('masukan-survey')!;
      const title = await until(() => survey.shadowRoot?.querySelector('[part=title]'));
      expect(title.textContent).to.equal('Server-rendered </script><img src=x onerror="window.hacked=1">');
      expect(doc.querySelectorAll('img')).to.have.length(0);
      const submitted = new Promise<CustomEvent>(resolve =>
        survey.addEventListener('masukan-submit', e => resolve(e as CustomEvent), { once: true }),
      );
      const id = await answer(frame);
      expect((await submitted).detail.response.context).to.deep.equal({
        agency: 'DPMPTSP "Kota" <Contoh>',
        channel: 'ssr',
      });
      await delivered(id);
      expect((frame.contentWindow as FrameWindow).hacked).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });
});
