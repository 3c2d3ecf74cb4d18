// The demo pages and the seed data must name services with the same keys (a label sent as a key splits one service
// into two rows of the report: "KTP elektronik" 84 and "KTP Elektronik" 1).
import { expect } from '@open-wc/testing';

const page = async (path: string) => new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');

interface Seed {
  surveyId: string;
  context: { service?: string };
  answers: Record<string, unknown>;
}

describe('demo pages and seed data', () => {
  it('use the same service keys and labels on the survey page, the report page and in the seed', async () => {
    const survey = (await page('/demo/index.html')).querySelector('masukan-survey[preset="skm"]')!;
    const offered: { value: string; label: string }[] = JSON.parse(survey.getAttribute('preset-options')!).services;
    const report = (await page('/demo/report.html')).querySelector('masukan-ikm-report')!;
    const labels: Record<string, string> = JSON.parse(report.getAttribute('service-labels')!);
    const seed = (await (await fetch('/demo/seed-responses.json')).json()) as Seed[];
    const seeded = new Set(
      seed.filter(r => r.surveyId === 'skm').map(r => r.context.service ?? String(r.answers.jenis_layanan)),
    );
    expect(offered.map(s => s.value).sort()).to.deep.equal([...seeded].sort());
    expect(Object.fromEntries(offered.map(s => [s.value, s.label]))).to.deep.equal(labels);
  });

  it('ask and report the same consultation components', async () => {
    const doc = await page('/demo/konsultasi.html');
    const asked = JSON.parse(doc.querySelector('masukan-survey')!.getAttribute('preset-options')!).components;
    const reported = JSON.parse(doc.querySelector('masukan-konsultasi-report')!.getAttribute('components')!);
    expect(reported).to.deep.equal(asked);
    const seed = (await (await fetch('/demo/seed-responses.json')).json()) as Seed[];
    const answered = new Set(
      seed
        .filter(r => r.surveyId === 'konsultasi')
        .flatMap(r => Object.keys(r.answers).filter(k => !k.includes('_') && k !== 'kategori' && k !== 'komentar')),
    );
    expect([...answered].sort()).to.deep.equal(asked.map((c: { id: string }) => c.id).sort());
  });
});
