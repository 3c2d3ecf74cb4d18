// Adds the survey that the query string describes (`?lang=en&endpoint=/collect/x&outbox=y`) to
// test/bundle/on-demand.html, and records what test/bundle/on-demand.test.ts checks: every text the survey's
// shadow root showed (from its first render on), console warnings and masukan-error events.
window.rendered = [];
window.warnings = [];
window.errors = [];
const warn = console.warn;
console.warn = (...args) => {
  window.warnings.push(args.map(String).join(' '));
  warn.apply(console, args);
};
document.addEventListener('masukan-error', event => window.errors.push(event.detail.error.message));

const survey = document.createElement('masukan-survey');
const params = new URLSearchParams(location.search);
for (const name of ['lang', 'endpoint', 'outbox']) if (params.has(name)) survey.setAttribute(name, params.get(name));
survey.definition = {
  id: 'on-demand',
  version: 1,
  title: { id: 'Survei di folder situs', en: 'Survey in a site folder' },
  pages: [{ questions: [{ id: 'saran', type: 'text', label: { id: 'Saran', en: 'Suggestion' }, required: true }] }],
};
document.body.append(survey);
// (The shadow root exists once the element is connected; its first render comes a microtask later.)
const root = survey.shadowRoot;
const record = () => window.rendered.push(root.textContent.replace(/\s+/g, ' ').trim());
new MutationObserver(record).observe(root, { subtree: true, childList: true, characterData: true });
