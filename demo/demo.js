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
async function refresh() {
  try {
    const res = await fetch('/api/responses', { credentials: 'omit' });
    count.value = String((await res.json()).length);
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
