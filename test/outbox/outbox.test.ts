import { expect } from '@open-wc/testing';
import { createStore, set, setMany } from 'idb-keyval';
import {
  deleteEntry,
  enqueue,
  exportOutbox,
  flushOutbox,
  outboxSettings,
  readOutbox,
  retryFailed,
  type OutboxCounts,
  type OutboxEntry,
} from '../../src/outbox/index.js';
import { ResponseError } from '../../src/core/response.js';
import { accepted, collector, makeResponse, record, setOffline, sleep, unique, until } from './helpers.js';

const YEAR = 365 * 24 * 3600 * 1000;

// Every test has its own outbox (IndexedDB database) and its own endpoint bin on the test server.
describe('outbox', () => {
  let name: string;
  let bin: string;
  let endpoint: string;
  beforeEach(() => {
    name = unique('outbox');
    bin = unique('bin');
    endpoint = `/collect/${bin}`;
  });
  afterEach(async () => {
    await setOffline(false);
    Object.assign(outboxSettings, { timeout: 20000, backoff: 1000, maxBackoff: 300000 });
  });

  it('POSTs JSON with the Idempotency-Key and extra headers, once, and empties the outbox', async () => {
    const delivered = record<OutboxEntry>('masukan-delivered');
    const response = makeResponse();
    await enqueue(response, { endpoint, headers: { 'x-api-key': 'rahasia' } }, name);
    await flushOutbox(name);
    delivered.stop();
    const requests = await collector(bin);
    expect(requests).to.have.length(1);
    expect(requests[0]).to.include({
      id: response.id,
      status: 200,
      key: response.id,
      type: 'application/json',
      apiKey: 'rahasia',
    });
    expect(delivered.map(e => e.response.id)).to.deep.equal([response.id]);
    expect(await readOutbox(name)).to.deep.equal({ pending: [], failed: [] });
  });

  it('keeps its entries in the database <name>-outbox and never creates one called <name>', async () => {
    await setOffline(true);
    await enqueue(makeResponse(), { endpoint }, name);
    const names = (await indexedDB.databases()).map(d => d.name);
    expect(names).to.include(`${name}-outbox`);
    expect(names).not.to.include(name);
  });

  it('writes a new response with strict durability (to disk, not only the OS cache)', async () => {
    await setOffline(true);
    const opened: { mode?: IDBTransactionMode; durability?: string }[] = [];
    const transaction = IDBDatabase.prototype.transaction;
    // Observe (not replace) the real transactions that enqueue opens.
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof transaction>) {
      const tx = transaction.apply(this, args);
      if (this.name === `${name}-outbox`) opened.push({ mode: tx.mode, durability: tx.durability });
      return tx;
    } as typeof transaction;
    try {
      await enqueue(makeResponse(), { endpoint }, name);
    } finally {
      IDBDatabase.prototype.transaction = transaction;
    }
    expect(opened.filter(t => t.mode === 'readwrite')).to.deep.equal([{ mode: 'readwrite', durability: 'strict' }]);
    expect((await readOutbox(name)).pending).to.have.length(1);
  });

  it('keys entries by time and id, so two responses never overwrite each other', async () => {
    await setOffline(true);
    const responses = [makeResponse(1), makeResponse(2), makeResponse(3)];
    await Promise.all(responses.map(r => enqueue(r, { endpoint }, name)));
    const { pending } = await readOutbox(name);
    expect(pending.map(e => e.response.id).sort()).to.deep.equal(responses.map(r => r.id).sort());
    for (const e of pending) expect(e.key).to.match(new RegExp(`^[0-9a-z]{9}-${e.response.id}$`));
    expect(pending.map(e => e.key)).to.deep.equal(pending.map(e => e.key).sort());
  });

  it('sends nothing while offline and delivers once when back online', async () => {
    await setOffline(true);
    const changes = record<OutboxCounts>('masukan-outbox-change');
    const mine = () => changes.filter(c => c.outbox === name).at(-1);
    const response = makeResponse();
    await enqueue(response, { endpoint }, name);
    await flushOutbox(name);
    expect(navigator.onLine).to.equal(false);
    expect(await collector(bin)).to.have.length(0);
    expect((await readOutbox(name)).pending).to.have.length(1);
    expect(mine()).to.deep.equal({ pending: 1, failed: 0, outbox: name });

    await setOffline(false); // the `online` event flushes
    await until(async () => (await collector(bin)).length, 5000, 'delivery');
    await until(async () => !(await readOutbox(name)).pending.length, 5000, 'an empty outbox');
    await sleep(300);
    changes.stop();
    expect([...accepted(await collector(bin))]).to.deep.equal([[response.id, 1]]);
    expect(mine()).to.deep.equal({ pending: 0, failed: 0, outbox: name });
  });

  it('honours Retry-After in seconds and as an HTTP date, then delivers once', async () => {
    const retryDate = new Date(Date.now() + 2000).toUTCString();
    await collector(bin, {
      script: [
        { status: 503, headers: { 'retry-after': '1' } },
        { status: 429, headers: { 'retry-after': retryDate } },
      ],
    });
    const response = makeResponse();
    await enqueue(response, { endpoint }, name);
    await flushOutbox(name); // the first attempt: 503
    const [waiting] = (await readOutbox(name)).pending;
    expect(waiting.attempts).to.equal(1);
    expect(waiting.next - Date.now()).to.be.within(500, 1000);
    await until(async () => (await collector(bin)).length >= 3, 8000, 'three requests');
    const requests = await collector(bin);
    await flushOutbox(name);
    expect(requests.map(r => r.status)).to.deep.equal([503, 429, 200]);
    expect(requests[1].at - requests[0].at).to.be.at.least(950);
    expect(requests[2].at).to.be.at.least(Date.parse(retryDate) - 50);
    expect([...accepted(requests)]).to.deep.equal([[response.id, 1]]);
    expect((await readOutbox(name)).pending).to.have.length(0);
  });

  it('waits at least a second on Retry-After: 0, so a busy server cannot cause a request storm', async () => {
    await collector(bin, { script: [{ status: 503, headers: { 'retry-after': '0' } }] });
    await enqueue(makeResponse(), { endpoint }, name);
    await until(async () => (await collector(bin)).length >= 2, 5000, 'the retry');
    const [first, second] = await collector(bin);
    expect(second.at - first.at).to.be.at.least(950);
  });

  it('retries 500 three times with backoff, then delivers once', async () => {
    outboxSettings.backoff = 50;
    await collector(bin, { script: [{ status: 500 }, { status: 500 }, { status: 500 }] });
    const response = makeResponse();
    await enqueue(response, { endpoint }, name);
    // (Generous waits: in a background tab Chromium runs the 50 ms retry timers about once a second.)
    await until(async () => (await collector(bin)).length >= 4, 15000, 'the fourth request');
    await until(async () => !(await readOutbox(name)).pending.length, 5000, 'an empty outbox');
    await sleep(300);
    const requests = await collector(bin);
    expect(requests.map(r => r.status)).to.deep.equal([500, 500, 500, 200]);
    expect([...accepted(requests)]).to.deep.equal([[response.id, 1]]);
  });

  it('retries after a timeout', async () => {
    outboxSettings.timeout = 300;
    outboxSettings.backoff = 50;
    await collector(bin, { script: [{ status: 200, delay: 1000 }] });
    const response = makeResponse();
    await enqueue(response, { endpoint }, name);
    await until(async () => (await collector(bin)).length >= 2, 5000, 'a second request');
    await until(async () => !(await readOutbox(name)).pending.length, 5000, 'an empty outbox');
  });

  it('moves a 400 to the failed store, does not retry it, and delivers it after retryFailed', async () => {
    outboxSettings.backoff = 50;
    const failedEvents = record<OutboxEntry>('masukan-failed');
    await collector(bin, { script: [{ status: 400, body: 'surveyId: unknown survey "uji"' }] });
    const response = makeResponse();
    await enqueue(response, { endpoint }, name);
    await flushOutbox(name);
    await sleep(500);
    await flushOutbox(name);
    failedEvents.stop();
    expect(await collector(bin)).to.have.length(1);
    const { pending, failed } = await readOutbox(name);
    expect(pending).to.have.length(0);
    expect(failed).to.have.length(1);
    expect(failed[0].failed).to.include({ status: 400, reason: 'surveyId: unknown survey "uji"' });
    expect(Date.parse(failed[0].failed!.at)).to.be.closeTo(Date.now(), 5000);
    expect(failedEvents.map(e => e.response.id)).to.deep.equal([response.id]);

    await retryFailed(failed[0].key, name); // the endpoint now answers 200
    expect(await readOutbox(name)).to.deep.equal({ pending: [], failed: [] });
    const requests = await collector(bin);
    expect(requests.map(r => r.status)).to.deep.equal([400, 200]);
  });

  it('one bad entry does not block the others', async () => {
    const other = unique('bin');
    await collector(other, { then: { status: 404, body: 'no such endpoint' } });
    await setOffline(true);
    await enqueue(makeResponse(1), { endpoint: `/collect/${other}` }, name);
    const good = [makeResponse(2), makeResponse(3)];
    for (const r of good) await enqueue(r, { endpoint }, name);
    await setOffline(false);
    await flushOutbox(name);
    // (Right after the network comes back a request can still fail; then the timer retries within a second.)
    await until(async () => accepted(await collector(bin)).size === 2, 5000, 'both good responses');
    expect([...accepted(await collector(bin))].map(([id]) => id).sort()).to.deep.equal(good.map(r => r.id).sort());
    await until(async () => (await readOutbox(name)).failed.length === 1, 5000, 'the 404 in the failed store');
  });

  it('quarantines corrupted entries written straight into the store, and the rest still flush', async () => {
    const failedEvents = record<OutboxEntry>('masukan-failed');
    const store = createStore(`${name}-outbox`, 'outbox');
    const good = [makeResponse(1), makeResponse(2)];
    const entry = (key: string, response: unknown) => ({ key, endpoint, response, attempts: 0, next: 0 });
    await set('000000000-garbage', 'not an entry', store);
    await set('000000001-bad', entry('000000001-bad', { id: 'short' }), store);
    await set('000000002-good', entry('000000002-good', good[0]), store);
    await set('000000003-null', null, store);
    await set('000000004-good', entry('000000004-good', good[1]), store);
    await flushOutbox(name);
    await flushOutbox(name); // quarantined once, not thrown or reported on every flush
    failedEvents.stop();
    expect([...accepted(await collector(bin))].map(([id]) => id)).to.deep.equal(good.map(r => r.id));
    const { pending, failed } = await readOutbox(name);
    expect(pending).to.have.length(0);
    expect(failed.map(e => [e.key, e.failed!.status, e.failed!.reason])).to.deep.equal([
      ['000000000-garbage', 0, 'corrupted entry'],
      ['000000001-bad', 0, 'corrupted entry'],
      ['000000003-null', 0, 'corrupted entry'],
    ]);
    expect(failed[0].response).to.equal('not an entry');
    expect(failedEvents).to.have.length(3);
  });

  it('delivers 1,000 queued responses: all received, none twice, outbox empty', async function () {
    this.timeout(60000);
    await setOffline(true);
    const responses = Array.from({ length: 1000 }, (_, i) => makeResponse(i));
    await Promise.all(responses.map(r => enqueue(r, { endpoint }, name)));
    expect((await readOutbox(name)).pending).to.have.length(1000);
    const start = performance.now();
    await setOffline(false);
    await until(async () => (await collector(bin)).length >= 1000, 40000, '1,000 requests');
    const ms = performance.now() - start;
    await flushOutbox(name);
    const requests = await collector(bin);
    const counts = accepted(requests);
    expect(counts.size).to.equal(1000);
    expect([...counts.values()].every(n => n === 1)).to.equal(true);
    expect(requests).to.have.length(1000);
    expect(responses.every(r => counts.get(r.id) === 1)).to.equal(true);
    expect(await readOutbox(name)).to.deep.equal({ pending: [], failed: [] });
    console.log(`1,000 responses flushed in ${Math.round(ms)} ms`);
  });

  it('deletes entries and exports pending and failed ones without their headers', async () => {
    await collector(bin, { then: { status: 422, body: 'invalid' } });
    await enqueue(makeResponse(1), { endpoint, headers: { 'x-api-key': 'rahasia' } }, name);
    await flushOutbox(name);
    await setOffline(true);
    const waiting = makeResponse(2);
    await enqueue(waiting, { endpoint, headers: { 'x-api-key': 'rahasia' } }, name);
    await flushOutbox(name);
    const blob = await exportOutbox(name);
    const file = JSON.parse(await blob.text());
    expect(file.pending.map((e: OutboxEntry) => e.response.id)).to.deep.equal([waiting.id]);
    expect(file.failed).to.have.length(1);
    expect(file.failed[0].failed.status).to.equal(422);
    expect(JSON.stringify(file)).not.to.include('rahasia');
    expect(Date.parse(file.exportedAt)).to.be.closeTo(Date.now(), 5000);

    const changes = record<OutboxCounts>('masukan-outbox-change');
    await deleteEntry(file.failed[0].key, name);
    changes.stop();
    expect(changes).to.deep.equal([{ pending: 1, failed: 0, outbox: name }]);
    expect((await readOutbox(name)).failed).to.have.length(0);
  });

  it('delivers oldest first: requests arrive in key order, give or take the four in flight', async () => {
    await collector(bin, { then: { status: 200, delay: 30 } });
    const store = createStore(`${name}-outbox`, 'outbox');
    const responses = Array.from({ length: 12 }, (_, i) => makeResponse(i));
    const keys = responses.map((r, i) => `${(Date.now() - 60000 + i * 1000).toString(36).padStart(9, '0')}-${r.id}`);
    // Written in another order than their age (IndexedDB sorts keys, so the order of writing cannot matter).
    const order = [5, 11, 0, 7, 2, 9, 1, 10, 4, 6, 3, 8];
    await setMany(
      order.map(i => [keys[i], { key: keys[i], endpoint, response: responses[i], attempts: 0, next: 0 }]),
      store,
    );
    await flushOutbox(name);
    const requests = await collector(bin);
    expect(requests).to.have.length(12);
    const age = (id: string | null) => responses.findIndex(r => r.id === id);
    for (const r of requests)
      expect(Math.abs(age(r.id) - r.arrived), `${age(r.id)} arrived ${r.arrived}`).to.be.at.most(3);
  });

  it('caps Retry-After: a year in seconds or as an HTTP date waits maxBackoff at most', async () => {
    outboxSettings.maxBackoff = 1500;
    await collector(bin, {
      script: [
        { status: 503, headers: { 'retry-after': '31536000' } },
        { status: 429, headers: { 'retry-after': new Date(Date.now() + YEAR).toUTCString() } },
      ],
    });
    const response = makeResponse();
    await enqueue(response, { endpoint }, name);
    await flushOutbox(name);
    const [waiting] = (await readOutbox(name)).pending;
    expect(waiting.next - Date.now()).to.be.within(0, 1500);
    await until(async () => (await collector(bin)).length >= 3, 8000, 'three requests within the cap');
    expect((await collector(bin)).map(r => r.status)).to.deep.equal([503, 429, 200]);
    await until(async () => !(await readOutbox(name)).pending.length, 5000, 'an empty outbox');
  });

  it('treats a retry scheduled a year ahead (a clock that was wrong, then fixed) as due', async () => {
    await collector(bin, { script: [{ status: 503 }] });
    // A long backoff, so that the retry timer of the first attempt does not deliver before the test has looked.
    outboxSettings.backoff = outboxSettings.maxBackoff;
    const now = Date.now;
    Date.now = () => now() + YEAR; // the device clock is a year ahead during the first attempt
    try {
      await enqueue(makeResponse(), { endpoint }, name);
      await flushOutbox(name);
    } finally {
      Date.now = now;
    }
    const [waiting] = (await readOutbox(name)).pending;
    expect(waiting.next - Date.now()).to.be.greaterThan(YEAR / 2);
    await flushOutbox(name); // the clock is right again
    expect((await collector(bin)).map(r => r.status)).to.deep.equal([503, 200]);
    expect((await readOutbox(name)).pending).to.have.length(0);
  });

  it('treats a stored next attempt a year away as due after a reload', async () => {
    const store = createStore(`${name}-outbox`, 'outbox');
    const response = makeResponse();
    const key = `${Date.now().toString(36)}-${response.id}`;
    await set(key, { key, endpoint, response, attempts: 3, next: Date.now() + YEAR }, store);
    await flushOutbox(name);
    expect([...accepted(await collector(bin))]).to.deep.equal([[response.id, 1]]);
  });

  it('exports what JSON can hold and lists the entries it cannot (a cycle, a BigInt)', async () => {
    const store = createStore(`${name}-outbox`, 'outbox');
    const good = makeResponse(1);
    const cyclic: Record<string, unknown> = { ...makeResponse(2) };
    cyclic.self = cyclic;
    const big = { ...makeResponse(3), answers: { jumlah: 10n } };
    const entry = (key: string, response: unknown): [string, unknown] => [
      key,
      { key, endpoint, response, attempts: 0, next: 0 },
    ];
    await setMany(
      [entry('000000001-good', good), entry('000000002-cyclic', cyclic), entry('000000003-big', big)],
      store,
    );
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    let file;
    try {
      file = JSON.parse(await (await exportOutbox(name)).text());
    } finally {
      console.error = original;
    }
    expect(file.pending.map((e: OutboxEntry) => e.key)).to.deep.equal(['000000001-good']);
    expect(file.skipped.map((s: { key: string }) => s.key)).to.deep.equal(['000000002-cyclic', '000000003-big']);
    expect(file.skipped[0].reason).to.match(/circular/i);
    expect(file.skipped[1].reason).to.match(/BigInt/);
    expect(logged.flat().join(' ')).to.contain('cannot be exported');
  });

  it('holds enqueue to the response rule: normalises the language tag, refuses the rest before storing', async () => {
    await setOffline(true);
    await enqueue({ ...makeResponse(1), lang: 'EN' }, { endpoint }, name);
    await enqueue({ ...makeResponse(2), lang: 'en_US' }, { endpoint }, name);
    expect((await readOutbox(name)).pending.map(e => e.response.lang)).to.deep.equal(['en', 'en-US']);
    for (const broken of [
      { ...makeResponse(3), context: { office: { name: 'MPP' } } },
      { ...makeResponse(4), context: { counters: [1, 2] } },
      { ...makeResponse(5), extra: 'added by a listener' },
    ]) {
      const error = await enqueue(broken as never, { endpoint }, name).catch(e => e);
      expect(error).to.be.instanceOf(ResponseError);
    }
    expect((await readOutbox(name)).pending).to.have.length(2);
  });

  it('delivers, on retryFailed, an entry an older version quarantined for its language tag', async () => {
    const store = createStore(`${name}-outbox`, 'outbox');
    const response = { ...makeResponse(), lang: 'ID' };
    const key = `${Date.now().toString(36)}-${response.id}`;
    const failed = { status: 0, at: new Date().toISOString(), reason: 'corrupted entry' };
    await set(key, { key, endpoint, response, attempts: 0, next: 0, failed }, store);
    await retryFailed(key, name);
    expect(await readOutbox(name)).to.deep.equal({ pending: [], failed: [] });
    expect([...accepted(await collector(bin))]).to.deep.equal([[response.id, 1]]);
  });

  it('reads entries oldest first, whatever order they were written in', async () => {
    const store = createStore(`${name}-outbox`, 'outbox');
    const responses = [makeResponse(1), makeResponse(2), makeResponse(3)];
    const keys = ['00000000c', '00000000a', '00000000b'].map((t, i) => `${t}-${responses[i].id}`);
    await setMany(
      keys.map((key, i) => [key, { key, endpoint, response: responses[i], attempts: 0, next: 0 }]),
      store,
    );
    const { pending } = await readOutbox(name);
    expect(pending.map(e => e.response.id)).to.deep.equal([responses[1].id, responses[2].id, responses[0].id]);
  });
});
