import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { enqueue, flushOutbox, readOutbox } from '../../src/outbox/index.js';
import { makeResponse, unique } from './helpers.js';

// The outbox against the collector (masukan-collector in open mode, needs `npm run build`) on another origin:
// CORS preflight for Content-Type and Idempotency-Key, keepalive, and the collector's 409 for a repeated id.
describe('outbox → reference collector (cross-origin)', () => {
  let url: string;
  before(async () => {
    ({ url } = (await executeServerCommand('reference-collector')) as { url: string });
    expect(new URL(url).origin).not.to.equal(location.origin);
  });

  it('delivers across origins; a second copy of the same response is answered 409, stored once, and leaves the outbox', async () => {
    const name = unique('outbox');
    const delivered: string[] = [];
    const listener = (e: Event) => delivered.push((e as CustomEvent).detail.response.id);
    document.addEventListener('masukan-delivered', listener);
    const response = makeResponse();
    await enqueue(response, { endpoint: url, headers: { 'x-api-key': 'demo' } }, name);
    await flushOutbox(name);
    await enqueue(response, { endpoint: url }, name); // e.g. restored from an export and queued again
    await flushOutbox(name);
    document.removeEventListener('masukan-delivered', listener);
    expect(delivered).to.deep.equal([response.id, response.id]);
    expect(await readOutbox(name)).to.deep.equal({ pending: [], failed: [] });
    const page = (await (await fetch(`${url}?survey=${response.surveyId}&limit=1000`)).json()) as {
      items: (typeof response & { receivedAt?: string })[];
    };
    const stored = page.items.filter(r => r.id === response.id);
    expect(stored.map(({ receivedAt, ...r }) => r)).to.deep.equal([response]);
    expect(Date.parse(stored[0].receivedAt!)).to.be.a('number').and.not.NaN;
  });
});
