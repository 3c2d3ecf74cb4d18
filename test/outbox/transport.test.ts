import { expect } from '@open-wc/testing';
import {
  enqueue,
  flushOutbox,
  outboxSettings,
  readOutbox,
  setTransport,
  type OutboxEntry,
  type Transport,
} from '../../src/outbox/index.js';
import { collector, record, makeResponse, sleep, unique, until } from './helpers.js';

describe('outbox transports', () => {
  let name: string;
  let bin: string;
  let endpoint: string;
  beforeEach(() => {
    name = unique('outbox');
    bin = unique('bin');
    endpoint = `/collect/${bin}`;
  });
  afterEach(() => Object.assign(outboxSettings, { timeout: 20000, backoff: 1000, maxBackoff: 300000 }));

  describe('fetch', () => {
    for (const status of [301, 302, 308])
      it(`never follows a ${status} with the answer: not delivered, failed with the URL to use`, async () => {
        const target = '/test/fixtures/surveys/valid.json'; // answers a GET with 200, as many a moved page does
        await collector(bin, { redirect: { status, location: target } });
        const response = makeResponse();
        await enqueue(response, { endpoint }, name);
        await flushOutbox(name);
        const { pending, failed } = await readOutbox(name);
        expect(pending).to.deep.equal([]);
        expect(failed.map(e => e.response.id)).to.deep.equal([response.id]);
        expect(failed[0].failed!.reason).to.equal(
          `the endpoint redirects to ${location.origin}${target}; use that URL`,
        );
        // The POST, then a HEAD (without the answer) to learn where it leads; nothing re-sent as GET or POST.
        expect((await collector(bin)).map(r => r.method)).to.deep.equal(['POST', 'HEAD']);
      });

    for (const [what, headers] of [
      ['a value outside Latin-1', { 'x-petugas': 'Budi 李' }],
      ['a value with CR/LF', { 'x-api-key': 'k1\r\nx-evil: 1' }],
      ['a name with a space', { 'x api key': 'k1' }],
    ] as const)
      it(`fails a request it cannot build (${what}) for good, with the reason, and never retries it`, async () => {
        outboxSettings.backoff = 20;
        const retries = record<OutboxEntry>('masukan-retry');
        await enqueue(makeResponse(), { endpoint, headers }, name);
        await flushOutbox(name);
        await sleep(300);
        await flushOutbox(name);
        retries.stop();
        const { pending, failed } = await readOutbox(name);
        expect(pending).to.have.length(0);
        expect(failed).to.have.length(1);
        expect(failed[0].failed!.status).to.equal(0);
        expect(failed[0].failed!.reason).to.match(/^the request cannot be built: Failed to construct 'Request'/);
        expect(retries).to.have.length(0);
        expect(await collector(bin)).to.have.length(0);
      });

    it('says why an attempt will be retried (masukan-retry, lastError)', async () => {
      await collector(bin, { script: [{ status: 503, body: 'sedang pemeliharaan' }] });
      const retries = record<OutboxEntry>('masukan-retry');
      await enqueue(makeResponse(), { endpoint }, name);
      await flushOutbox(name);
      retries.stop();
      expect(retries).to.have.length(1);
      expect(retries[0].attempts).to.equal(1);
      expect(retries[0].lastError).to.include({ status: 503, reason: 'sedang pemeliharaan' });
      const [stored] = (await readOutbox(name)).pending;
      expect(stored.lastError).to.deep.equal(retries[0].lastError);
    });
  });

  describe('setTransport', () => {
    it('stores first, then delivers through the transport set for the endpoint, retrying a rejection', async () => {
      outboxSettings.backoff = 20;
      const calls: { id: string; keepalive: boolean; signal: boolean }[] = [];
      const transport: Transport = async (entry, { keepalive, signal }) => {
        calls.push({ id: entry.response.id, keepalive, signal: signal instanceof AbortSignal });
        if (calls.length === 1) throw new Error('saluran sibuk');
        return { outcome: 'delivered' };
      };
      const retries = record<OutboxEntry>('masukan-retry');
      setTransport('kiosk:loket-1', transport, name);
      const response = makeResponse();
      await enqueue(response, { endpoint: 'kiosk:loket-1' }, name);
      await until(async () => !(await readOutbox(name)).pending.length, 5000, 'delivery through the transport');
      retries.stop();
      expect(calls).to.deep.equal([
        { id: response.id, keepalive: true, signal: true },
        { id: response.id, keepalive: true, signal: true },
      ]);
      expect(retries.map(e => e.lastError!.reason)).to.deep.equal(['saluran sibuk']);
      expect(await collector(bin)).to.have.length(0);
    });

    it('keeps an entry whose endpoint has no transport yet (after a reload) until one is set', async () => {
      await enqueue(makeResponse(), { endpoint: 'kiosk:loket-2' }, name);
      await flushOutbox(name);
      expect((await readOutbox(name)).pending).to.have.length(1);
      const delivered: string[] = [];
      setTransport('kiosk:loket-2', async entry => (delivered.push(entry.endpoint), { outcome: 'delivered' }), name);
      await flushOutbox(name);
      expect(delivered).to.deep.equal(['kiosk:loket-2']);
      expect((await readOutbox(name)).pending).to.have.length(0);
    });

    it('is set per outbox: another outbox with the same endpoint keeps the fetch transport', async () => {
      setTransport(endpoint, async () => ({ outcome: 'failed', reason: 'not here' }), unique('outbox'));
      await enqueue(makeResponse(), { endpoint }, name);
      await flushOutbox(name);
      expect(await collector(bin)).to.have.length(1);
      expect(await readOutbox(name)).to.deep.equal({ pending: [], failed: [] });
    });
  });
});
