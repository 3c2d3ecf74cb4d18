// Entry of the script-tag file `dist/masukan.min.js`: defines the elements on load and exposes the package as the
// global `Masukan`. Two files next to it are fetched the first time a page needs them, so most pages never download
// them: `masukan-presets.min.js` (`preset="skm"`, `preset="konsultasi"`) and `masukan-problems.min.js` (the words
// that explain a survey that cannot be shown).
import { setPresetLoader } from './presets/registry.js';
import { setProblemTermsLoader } from './i18n/localize.js';

export * from './base.js';

interface TrustedTypes {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): string };
}

const self = document.currentScript as HTMLScriptElement | null;
if (self?.src) {
  const files = ['masukan-presets.min.js', 'masukan-problems.min.js'].map(file => new URL(file, self.src).href);
  // Under Trusted Types (`require-trusted-types-for 'script'`) a script URL must come from a policy: the policy
  // `masukan` creates these two URLs and nothing else. Made on first use (and once), so a page that never needs
  // them, or loads this file twice, does not have to allow it.
  let policy: ReturnType<TrustedTypes['createPolicy']> | undefined;
  const scriptUrl = (url: string) =>
    (policy ??= (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes?.createPolicy('masukan', {
      createScriptURL: asked => (files.includes(asked) ? asked : ''),
    }))?.createScriptURL(url) ?? url;
  const load = (url: string) => () =>
    new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = scriptUrl(url);
      script.onload = resolve;
      script.onerror = () => reject(new Error(url));
      document.head.append(script);
    });
  setPresetLoader(load(files[0]));
  setProblemTermsLoader(load(files[1]));
}
