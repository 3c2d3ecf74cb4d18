// Entry of the script-tag file `dist/masukan-launcher.min.js`: defines <masukan-launcher> and adds it to the global
// `Masukan`. The survey element comes from `masukan.min.js` in the same folder, loaded the first time a launcher
// opens, unless the page has already defined <masukan-survey> (by loading masukan.min.js itself, or from npm).
import { MasukanLauncher, setSurveyLoader } from './launcher.component.js';

export * from './launcher.component.js';

interface TrustedTypePolicy {
  createScriptURL(url: string): string;
}
interface TrustedTypes {
  createPolicy(name: string, rules: TrustedTypePolicy): TrustedTypePolicy;
}

const self = document.currentScript as HTMLScriptElement | null;
const surveyScript = self?.src ? new URL('masukan.min.js', self.src).href : '';
let policy: TrustedTypePolicy | undefined;

/** Adds a script tag for masukan.min.js, once per page, even if the launcher file was loaded twice. */
function loadSurveyScript(): Promise<unknown> {
  if (!surveyScript) return Promise.reject(new Error('masukan.min.js: the launcher script has no URL'));
  const existing = document.querySelector<HTMLScriptElement>('script[data-masukan-survey]');
  const script = existing ?? document.createElement('script');
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve);
    script.addEventListener('error', () => {
      script.remove(); // a later open tries again
      reject(new Error(`${surveyScript} could not be loaded`));
    });
  });
  if (!existing) {
    // Under Trusted Types a script URL must come from a policy: `masukan-launcher` creates this one URL only (made on
    // first use, and once, so that pages which never open a launcher need not allow it).
    policy ??= (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes?.createPolicy('masukan-launcher', {
      createScriptURL: url => (url === surveyScript ? url : ''),
    });
    script.src = policy ? policy.createScriptURL(surveyScript) : surveyScript;
    script.dataset.masukanSurvey = '';
    document.head.append(script);
  }
  return loaded;
}

setSurveyLoader(loadSurveyScript);
MasukanLauncher.define('masukan-launcher');
