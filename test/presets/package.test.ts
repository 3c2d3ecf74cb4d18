import { expect } from '@open-wc/testing';
import * as masukan from '../../src/index.js';
import { until } from '../helpers/wait.js';

describe('presets in the package', () => {
  it('are exported and registered by importing the package entry', () => {
    expect(masukan.getPreset('skm')).to.equal(masukan.skm);
    expect(masukan.getPreset('konsultasi')).to.equal(masukan.konsultasi);
    expect(masukan.parseSurvey(masukan.skm()).id).to.equal('skm');
  });

  it('work from the script-tag bundle dist/masukan.min.js', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="id"><head><script src="/dist/masukan.min.js"></script></head><body>
      <masukan-survey preset="skm" preset-options='{"profile": [], "services": ["KTP"]}'></masukan-survey>
      <masukan-survey preset="konsultasi"></masukan-survey></body></html>`;
    const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & { Masukan: typeof masukan };
    const [skm, konsultasi] = frame.contentDocument!.querySelectorAll('masukan-survey');
    const title = (el: Element) => until(() => el.shadowRoot?.querySelector('[part=title]')?.textContent);
    expect(await title(skm)).to.equal('Survei Kepuasan Masyarakat');
    expect(await title(konsultasi)).to.equal('Konsultasi Publik Rancangan Standar Pelayanan');
    expect(skm.shadowRoot!.querySelector('select')!.options[1].textContent!.trim()).to.equal('KTP');
    expect(win.Masukan.parseSurvey(win.Masukan.skm()).version).to.equal('2017.1');
    frame.remove();
  });
});
