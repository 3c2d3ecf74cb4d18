// Entry of the script-tag file `dist/masukan.min.js`: defines the elements on load and exposes the package as the
// global `Masukan`. Four files next to it are fetched the first time a page needs them, so most pages never download
// them at first render: `masukan-presets.min.js` (`preset="skm"`, `preset="konsultasi"`), `masukan-problems.min.js`
// (the words that explain a survey that cannot be shown), `masukan-en.min.js` (the survey's English terms) and
// `masukan-delivery.min.js` (sending what the outbox stored, and the outbox functions for staff). The modules that
// the last two are built from are left out of this file in rollup.config.mjs.
import { setPresetLoader } from './presets/registry.js';
import { setProblemTermsLoader, setTranslationLoader } from './i18n/localize.js';
import { deliveryPart, setDeliveryLoader, type DeliveryPart } from './outbox/outbox.js';

export * from './base.js';

/** A function of the delivery part that fetches masukan-delivery.min.js first (if no delivery has done so yet). */
const viaDeliveryPart =
  <K extends keyof DeliveryPart>(name: K) =>
  async (...args: Parameters<DeliveryPart[K]>) =>
    ((await deliveryPart())[name] as (...args: Parameters<DeliveryPart[K]>) => ReturnType<DeliveryPart[K]>)(...args);

// The delivery part's functions, as `Masukan.retryFailed` … like every other build has them.
export const retryFailed = viaDeliveryPart('retryFailed');
export const deleteEntry = viaDeliveryPart('deleteEntry');
export const exportOutbox = viaDeliveryPart('exportOutbox');
export const fetchTransport = viaDeliveryPart('fetchTransport');

interface TrustedTypes {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): string };
}

const self = document.currentScript as HTMLScriptElement | null;
if (self?.src) {
  const next = (file: string) => new URL(file, self.src).href;
  const files = {
    presets: next('masukan-presets.min.js'),
    problems: next('masukan-problems.min.js'),
    en: next('masukan-en.min.js'),
    delivery: next('masukan-delivery.min.js'),
  };
  const urls: string[] = Object.values(files);
  // Under Trusted Types (`require-trusted-types-for 'script'`) a script URL must come from a policy: the policy
  // `masukan` creates these URLs and nothing else. Made on first use (and once), so a page that never needs them,
  // or loads this file twice, does not have to allow it.
  let policy: ReturnType<TrustedTypes['createPolicy']> | undefined;
  const scriptUrl = (url: string) =>
    (policy ??= (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes?.createPolicy('masukan', {
      createScriptURL: asked => (urls.includes(asked) ? asked : ''),
    }))?.createScriptURL(url) ?? url;
  const load = (url: string) => () =>
    new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = scriptUrl(url);
      script.onload = resolve;
      script.onerror = () => {
        script.remove(); // a later try adds a new one
        reject(new Error(url));
      };
      document.head.append(script);
    });
  setPresetLoader(load(files.presets));
  setProblemTermsLoader(load(files.problems));
  setTranslationLoader('en', load(files.en));
  setDeliveryLoader(load(files.delivery));
}
