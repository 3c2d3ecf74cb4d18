// Entry of the script-tag file `dist/masukan.min.js`: defines the elements on load and exposes the package as the
// global `Masukan`. The presets (`preset="skm"`, `preset="konsultasi"`) live in `masukan-presets.min.js` next to it,
// fetched the first time a page asks for one, so pages with their own surveys do not download them.
import { setPresetLoader } from './presets/registry.js';

export * from './base.js';

const self = document.currentScript as HTMLScriptElement | null;
if (self?.src)
  setPresetLoader(
    () =>
      new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = new URL('masukan-presets.min.js', self.src).href;
        script.onload = resolve;
        script.onerror = () => reject(new Error(`Could not load ${script.src}`));
        document.head.append(script);
      }),
  );
