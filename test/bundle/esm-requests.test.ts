// The ESM build as a browser without a bundler loads it (demo/esm.html: an import map, no build step): count the
// module requests. zod's entry points re-export its 64 locale files; the build must not import them.
import { expect } from '@open-wc/testing';
import { until } from '../helpers/wait.js';

describe('the ESM build without a bundler', () => {
  it('loads demo/esm.html with few module requests and no zod locale file', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/demo/esm.html';
    document.body.append(frame);
    try {
      const survey = await until(() => frame.contentDocument?.querySelector('masukan-survey'));
      await until(() => survey.shadowRoot?.querySelector('[part=title]'), 15000, 'the survey rendered');
      const scripts = (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .map(entry => new URL(entry.name).pathname)
        .filter(path => path.endsWith('.js'));
      const zod = scripts.filter(path => path.includes('/zod/'));
      expect(scripts.filter(path => path.includes('/locales/'))).to.deep.equal([]);
      expect(
        zod.every(path => path.startsWith('/dist/vendor/zod/')),
        zod.join(' '),
      ).to.equal(true);
      console.log(`demo/esm.html: ${scripts.length} module requests (${zod.length} of zod)`);
      expect(scripts.length).to.be.below(80); // 57 at the time of writing; 135 when zod was imported by its entry point
    } finally {
      frame.remove();
    }
  });
});
