// The served kiosk page (demo/kiosk/ with its service worker) in a real Chromium driven by playwright-core: after
// one online visit it reloads and collects with the network cut, keeps the answer across reloads and a new
// service-worker version, and delivers it exactly once when the network returns. Run by `npm test` (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startKioskServer } from './kiosk-server.mjs';

const until = async (check, what, timeout = 20000) => {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
};

/** One citizen on the demo page: the nine SKM faces (quick mode: the first is on the start screen), then Kirim. */
async function answerSkm(page) {
  const kiosk = page.locator('masukan-kiosk');
  await kiosk.locator('.start label.option').nth(3).click();
  for (let i = 1; i < 9; i++) {
    await kiosk.locator('[part=progress]', { hasText: `Pertanyaan ${i + 1} dari` }).waitFor();
    await kiosk.locator('label.option').nth(2).click();
  }
  await kiosk.locator('textarea').first().waitFor();
  await kiosk.locator('button[type=submit]').click();
  await kiosk.locator('.thanks').waitFor();
}

const outbox = page => page.evaluate(() => Masukan.readOutbox().then(o => o.pending.map(e => e.response.id)));

test('the kiosk page boots and collects offline, survives an update, and delivers exactly once', async () => {
  const server = await startKioskServer();
  const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', error => errors.push(error.message));

    // Online once: the service worker installs and precaches the page and its files.
    await page.goto(server.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller, null, { timeout: 20000 });
    assert.deepEqual(await page.evaluate(() => caches.keys()), ['masukan-kiosk-1']);

    // No network at all: the page still opens, from the cache, and collects.
    await context.setOffline(true);
    await page.reload();
    await page.locator('masukan-kiosk .start').waitFor();
    assert.equal(await page.evaluate(() => navigator.onLine), false);
    await answerSkm(page);
    const [id] = await until(() => outbox(page).then(ids => ids.length === 1 && ids), 'the queued answer');
    await page.reload();
    await page.locator('masukan-kiosk .start').waitFor();
    assert.deepEqual(await outbox(page), [id], 'kept across an offline reload');
    assert.equal(server.posts.size, 0, 'nothing reached the server while offline');

    // The network returns with the endpoint down and a new version of the page: the new worker takes over and
    // drops the old cache; the queued answer is still there.
    server.setDown(true);
    server.rewrite('sw.js', text => text.replace("'masukan-kiosk-1'", "'masukan-kiosk-2'"));
    await context.setOffline(false);
    await until(() => server.posts.get(id), 'a first attempt (answered 503)');
    await page.reload();
    await until(
      () => page.evaluate(() => caches.keys()).then(keys => keys.join() === 'masukan-kiosk-2'),
      'the new service worker',
    );
    await page.locator('masukan-kiosk .start').waitFor();
    assert.deepEqual(await outbox(page), [id], 'kept across the update');

    // The endpoint is back: delivered exactly once, and not again after a reload.
    server.setDown(false);
    await until(async () => {
      await page.evaluate(() => Masukan.flushOutbox());
      return server.stored.has(id);
    }, 'the delivery');
    await until(() => outbox(page).then(ids => ids.length === 0), 'an empty outbox');
    await page.reload();
    await page.locator('masukan-kiosk .start').waitFor();
    await page.evaluate(() => Masukan.flushOutbox());
    assert.equal(server.stored.size, 1);
    assert.equal(server.stored.get(id).context.channel, 'kiosk');
    const answered = server.statuses.get(id).filter(status => status !== 503);
    assert.deepEqual(answered, [201], 'one delivery, no repeat');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
