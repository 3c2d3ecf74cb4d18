// Entry of the script-tag file `dist/masukan.min.js`: defines the elements on load and exposes the package as the
// global `Masukan`. The presets (`preset="skm"`, `preset="konsultasi"`) live in `masukan-presets.min.js` next to it,
// fetched the first time a page asks for one, so pages with their own surveys do not download them.
import { setPresetLoader } from './presets/registry.js';

export * from './base.js';

interface TrustedTypes {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): string };
}

const self = document.currentScript as HTMLScriptElement | null;
if (self?.src) {
  const url = new URL('masukan-presets.min.js', self.src).href;
  // Under Trusted Types (`require-trusted-types-for 'script'`) a script URL must come from a policy: the policy
  // `masukan` creates this one URL and nothing else. Made on first use (and once), so a page that never loads a
  // preset, or loads this file twice, does not need to allow it.
  let policy: ReturnType<TrustedTypes['createPolicy']> | undefined;
  const scriptUrl = () =>
    (policy ??= (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes?.createPolicy('masukan', {
      createScriptURL: asked => (asked === url ? url : ''),
    }))?.createScriptURL(url) ?? url;
  setPresetLoader(
    () =>
      new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = scriptUrl();
        script.onload = resolve;
        script.onerror = () => reject(new Error(url));
        document.head.append(script);
      }),
  );
}
