// The ESM build, used as an npm app would: import, configure by property, listen to events.
import { konsultasi } from '/dist/index.js';

const survey = document.getElementById('konsultasi');
survey.context = { agency: 'DPMPTSP Kota Contoh', channel: 'forum-2026' };
survey.definition = konsultasi();

const log = document.getElementById('log');
for (const type of ['masukan-submit', 'masukan-delivered', 'masukan-failed', 'masukan-outbox-change', 'masukan-error'])
  document.addEventListener(type, e => {
    log.textContent = `${type} ${JSON.stringify(e.detail ?? {}, null, 2)}\n${log.textContent}`.slice(0, 4000);
  });
