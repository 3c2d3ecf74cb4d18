// Demo page glue (an external file, because the pages run under CSP default-src 'self').
for (const button of document.querySelectorAll('[data-lang]'))
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang;
    for (const survey of document.querySelectorAll('masukan-survey, masukan-ikm-report, masukan-konsultasi-report'))
      survey.setAttribute('lang', button.dataset.lang);
    for (const other of document.querySelectorAll('[data-lang]'))
      other.setAttribute('aria-pressed', String(other === button));
  });

const count = document.getElementById('stored-count');
/** Counts the collector's responses, following its pages (`{ items, next }`). */
async function refresh() {
  try {
    let stored = 0;
    let cursor = '';
    do {
      const url = `/api/responses?limit=1000${cursor && `&cursor=${encodeURIComponent(cursor)}`}`;
      const page = await (await fetch(url, { credentials: 'omit' })).json();
      stored += page.items.length;
      cursor = page.next ?? '';
    } while (cursor);
    count.value = String(stored);
  } catch {
    count.value = '?';
  }
}
if (count) {
  document.getElementById('refresh').addEventListener('click', refresh);
  document.addEventListener('masukan-delivered', refresh);
  refresh();
}

// A report on the same page as a survey shows the new answer once the collector has it.
document.addEventListener('masukan-delivered', () => {
  for (const report of document.querySelectorAll('masukan-konsultasi-report, masukan-ikm-report')) report.reload();
});
