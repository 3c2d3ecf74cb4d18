// Drives a survey of the script-tag file in a frame the test cannot reach into (another origin, or a sandboxed
// frame): shows it, answers, submits, records every status line shown, and posts a report to the parent page.
// The query string gives the endpoint (`?endpoint=<URL>`).
(async () => {
  const until = async (check, ms = 10000) => {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise(resolve => setTimeout(resolve, 25))) {
      const value = check();
      if (value) return value;
    }
  };
  const report = { secure: isSecureContext, randomUUID: typeof crypto.randomUUID, statuses: [], id: null };
  try {
    const el = document.createElement('masukan-survey');
    el.endpoint = new URLSearchParams(location.search).get('endpoint');
    el.definition = {
      id: 'bundle-frame',
      version: 1,
      title: 'Survei di intranet',
      pages: [{ questions: [{ id: 'saran', type: 'text', label: 'Saran' }] }],
    };
    el.addEventListener('masukan-submit', e => (report.id = e.detail.response.id));
    document.body.append(el);
    const input = await until(() => el.shadowRoot?.querySelector('#q-saran'));
    input.value = 'Bagus';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const status = () => el.shadowRoot.querySelector('[role=status]')?.textContent.trim() ?? '';
    // Every status line rendered, however briefly (polling could miss one shown for less than its interval).
    const record = () => {
      const text = status();
      if (text && report.statuses.at(-1) !== text) report.statuses.push(text);
    };
    new MutationObserver(record).observe(el.shadowRoot, { subtree: true, childList: true, characterData: true });
    el.shadowRoot.querySelector('button[type=submit]').click();
    await until(() => (record(), status() === 'Jawaban terkirim.'));
    report.thanked = !!el.shadowRoot.querySelector('.thanks');
  } catch (error) {
    report.error = String(error);
  }
  report.problems = window.problems;
  parent.postMessage(report, '*');
})();
