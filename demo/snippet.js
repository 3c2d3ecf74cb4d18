// The snippet generator (demo/snippet.html): one model of the options gives both the live preview (built with DOM
// calls, never innerHTML) and the copy-paste HTML.

const form = document.getElementById('options');
const field = id => document.getElementById(id);

const example = {
  id: 'antrean',
  version: '1',
  title: 'Bagaimana antrean hari ini?',
  pages: [
    {
      questions: [
        {
          id: 'lama_antre',
          type: 'rating',
          faces: true,
          required: true,
          label: 'Lama menunggu',
          options: [
            { value: 1, label: 'Sangat lama' },
            { value: 2, label: 'Lama' },
            { value: 3, label: 'Singkat' },
            { value: 4, label: 'Sangat singkat' },
          ],
        },
      ],
    },
  ],
};
field('definition').value = JSON.stringify(example, null, 2);

/** The options as an element: its tag, attributes (in order), inline definition and style. */
function model() {
  const mode = field('mode').value;
  const tag = mode === 'inline' ? 'masukan-survey' : 'masukan-launcher';
  const attributes = [];
  const set = (name, value) => value !== '' && value !== undefined && attributes.push([name, String(value)]);
  const survey = field('survey').value;
  if (survey !== 'custom') set('preset', survey);
  set('endpoint', field('endpoint').value.trim());
  set('context', JSON.stringify({ agency: field('agency').value.trim(), channel: 'web' }));
  if (field('lang').value !== 'id') set('lang', field('lang').value);
  set('theme', field('theme').value);
  set('density', field('density').value);
  if (tag === 'masukan-launcher') {
    set('label', field('label').value.trim());
    if (field('position').value !== 'bottom-right') set('position', field('position').value);
    if (mode === 'popup') set('no-button', '');
    const number = id => Math.max(0, Number(field(id).value) || 0);
    if (number('open-after')) set('open-after', number('open-after'));
    if (number('open-at-scroll')) set('open-at-scroll', Math.min(100, number('open-at-scroll')));
    if (field('open-on-exit').checked) set('open-on-exit', '');
    if (number('sample') < 100) set('sample', number('sample'));
    if (number('recontact-days')) set('recontact-days', number('recontact-days'));
    if (mode === 'popup' && !number('open-after') && !number('open-at-scroll') && !field('open-on-exit').checked)
      set('open-after', 15); // a popup needs some trigger
  }
  let definition;
  if (survey === 'custom') definition = field('definition').value.trim();
  const accent = field('accent').value;
  return { tag, attributes, definition, accent: accent === '#0b57a4' ? '' : accent };
}

/** Checks a pasted definition with Masukan's own parser; returns the problem lines (empty when it is valid). */
function definitionProblems(text) {
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return [`JSON: ${error.message}`];
  }
  const result = Masukan.safeParseSurvey(json);
  return result.success ? [] : [result.error.message];
}

const escapeAttribute = value => value.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/</g, '&lt;');

function snippet({ tag, attributes, definition, accent }) {
  const folder = field('folder').value.trim() || '/js/';
  const base = folder.endsWith('/') ? folder : `${folder}/`;
  const script = tag === 'masukan-launcher' ? 'masukan-launcher.min.js' : 'masukan.min.js';
  const lines = [`<script src="${escapeAttribute(base + script)}" defer></script>`];
  // Under a strict CSP (no inline styles) this rule belongs in the site's own CSS file.
  if (accent) lines.push(`<style>\n  ${tag} { --masukan-color-accent: ${accent}; }\n</style>`);
  const attrs = attributes.map(([name, value]) =>
    value === '' ? `  ${name}` : `  ${name}='${escapeAttribute(value)}'`,
  );
  const open = `<${tag}\n${attrs.join('\n')}\n>`;
  if (definition) {
    const json = JSON.stringify(JSON.parse(definition), null, 2).replace(/</g, '\\u003c');
    const body = json
      .split('\n')
      .map(line => `    ${line}`)
      .join('\n');
    lines.push(`${open}\n  <script type="application/json">\n${body}\n  </script>\n</${tag}>`);
  } else lines.push(`${open}</${tag}>`);
  // masukan.min.js and the files it fetches from its own folder when a page needs them.
  const survey =
    'masukan.min.js, masukan-presets.min.js, masukan-problems.min.js, masukan-en.min.js dan masukan-delivery.min.js';
  const files = tag === 'masukan-launcher' ? `masukan-launcher.min.js, ${survey}` : survey;
  return `<!-- Salin ${files} dari paket masukan ke ${base} -->\n${lines.join('\n')}`;
}

let previewElement;
let shown = '';
function render() {
  const current = model();
  // `change` follows `input` when a field loses focus: nothing changed, so keep the preview (and an open dialog).
  const key = JSON.stringify([current, field('folder').value]);
  if (key === shown) return;
  shown = key;
  const launcher = current.tag === 'masukan-launcher';
  for (const el of document.querySelectorAll('.launcher-only')) el.hidden = !launcher;
  field('custom-box').hidden = field('survey').value !== 'custom';

  const problems = current.definition ? definitionProblems(current.definition) : [];
  field('definition-error').textContent = problems.join('\n');
  field('definition').setAttribute('aria-invalid', String(problems.length > 0));
  if (problems.length) {
    field('code').textContent = 'Perbaiki definisi survei dulu.';
    return;
  }
  field('code').textContent = snippet(current);

  // The preview: the same element, built with DOM calls. Display rules and automatic triggers are left out here,
  // so the preview does not pop up or vanish while you edit.
  previewElement?.close?.();
  previewElement?.remove();
  const el = document.createElement(current.tag);
  for (const [name, value] of current.attributes)
    if (!/^(sample|recontact-days|open-after|open-at-scroll|open-on-exit|endpoint|no-button)$/.test(name))
      el.setAttribute(name, value);
  el.setAttribute('endpoint', '/api/responses'); // the demo collector of npm start
  if (launcher) el.setAttribute('storage-key', 'snippet-preview');
  if (current.accent) el.style.setProperty('--masukan-color-accent', current.accent);
  if (current.definition) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = current.definition;
    el.append(script);
  }
  const preview = field('preview');
  preview.replaceChildren();
  if (launcher) {
    const openButton = document.createElement('button');
    openButton.type = 'button';
    openButton.textContent = 'Buka pratinjau';
    openButton.addEventListener('click', () => el.open());
    preview.append(openButton);
    field('preview-note').textContent =
      'Tombolnya ada di pojok halaman ini. Di pratinjau, pemicu otomatis dan aturan tampil tidak dijalankan.';
  } else field('preview-note').textContent = '';
  preview.append(el);
  previewElement = el;
}

form.addEventListener('input', render);
form.addEventListener('change', render);
field('copy').addEventListener('click', async () => {
  const text = field('code').textContent;
  try {
    await navigator.clipboard.writeText(text);
    field('copied').textContent = 'HTML tersalin.';
  } catch {
    // No clipboard API (a plain-http intranet page is not a secure context): select the text for Ctrl+C.
    getSelection().selectAllChildren(field('code'));
    field('copied').textContent = 'Teks sudah dipilih: tekan Ctrl+C untuk menyalin.';
  }
});
render();
