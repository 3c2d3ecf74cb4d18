// `npm run bench:kiosk`: how fast the kiosk answers a tap, on the demo page (demo/kiosk/, the built
// masukan-kiosk.min.js) in headless Chromium with the CPU throttled 4× (CDP Emulation.setCPUThrottlingRate), as on
// a cheap tablet. Figures, not assertions.
//   tap → next screen: from the pointer event to the first frame after the next question is rendered
//   Kirim → thank-you: the same, for the last screen (includes the strict-durability IndexedDB write)
import { launchChromium } from '../bench/chromium.mjs';
import { startKioskServer } from '../test/kiosk/kiosk-server.mjs';

const CITIZENS = 12;
const server = await startKioskServer();
server.rewrite('index.html', text =>
  text.replace('<masukan-kiosk', '<masukan-kiosk reset-after="0.3" min-interval="0"'),
);
const browser = await launchChromium('/usr/lib/chromium/chromium');

const percentile = (list, p) =>
  [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.ceil((p / 100) * list.length) - 1)];
const rows = [];

for (const rate of [1, 4]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(server.url);
  const kiosk = page.locator('masukan-kiosk');
  await kiosk.locator('.start').waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  // In the page: from each pointerdown to the frame after the kiosk's screen changed.
  await page.evaluate(() => {
    const el = document.querySelector('masukan-kiosk');
    const screen = () => el.shadowRoot.querySelector('legend, .thanks, [part=progress]')?.textContent;
    window.taps = [];
    document.addEventListener(
      'pointerdown',
      event => {
        const start = event.timeStamp;
        const before = screen();
        const kind = before?.includes('Pertanyaan 10') ? 'submit' : 'tap';
        const check = () => {
          if (screen() === before) return requestAnimationFrame(check);
          requestAnimationFrame(() => setTimeout(() => window.taps.push([kind, performance.now() - start])));
        };
        requestAnimationFrame(check);
      },
      true,
    );
  });
  for (let citizen = 0; citizen < CITIZENS; citizen++) {
    await kiosk
      .locator('.start label.option')
      .nth(citizen % 4)
      .click();
    for (let i = 1; i < 9; i++) {
      await kiosk.locator('[part=progress]', { hasText: `Pertanyaan ${i + 1} dari` }).waitFor();
      await kiosk
        .locator('label.option')
        .nth((citizen + i) % 4)
        .click();
    }
    await kiosk.locator('textarea').first().waitFor();
    await kiosk.locator('button[type=submit]').click();
    await kiosk.locator('.thanks').waitFor();
    await kiosk.locator('.start label.option').first().waitFor();
  }
  const taps = await page.evaluate(() => window.taps);
  for (const kind of ['tap', 'submit']) {
    const times = taps.filter(([k]) => k === kind).map(([, t]) => t);
    const label = kind === 'tap' ? 'tap a face → next screen' : 'Kirim → thank-you';
    rows.push([`${label}, CPU ${rate}×`, times.length, percentile(times, 50), percentile(times, 95)]);
  }
  await page.close();
}
await browser.close();
await server.close();
console.log(`Kiosk, ${CITIZENS} citizens × 9 SKM faces (headless Chromium, 1280×800)`);
console.log('measure'.padEnd(36), 'n'.padStart(4), 'p50'.padStart(9), 'p95'.padStart(9));
for (const [label, n, p50, p95] of rows)
  console.log(
    label.padEnd(36),
    String(n).padStart(4),
    `${p50.toFixed(1)} ms`.padStart(9),
    `${p95.toFixed(1)} ms`.padStart(9),
  );
