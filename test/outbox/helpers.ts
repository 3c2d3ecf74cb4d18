import { executeServerCommand } from '@web/test-runner-commands';
import { until } from '../helpers/wait.js';
import type { SurveyResponse } from '../../src/core/schema.js';

/** What the test endpoint recorded for one request. */
export interface Received {
  /** Set for requests to a bin programmed with `redirect`. */
  method?: string;
  id: string | null;
  /** Arrival order at the endpoint (0 first). */
  arrived: number;
  status: number;
  key: string;
  type: string;
  apiKey: string;
  at: number;
}

/** One scripted answer of the test endpoint. */
export interface Step {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  delay?: number;
}

let counter = 0;
/** A name no other test (or test file running alongside) uses. */
export const unique = (prefix = 't') => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** What the test endpoint /collect/<bin> answers: `script` in turn, then `then`; or always `redirect`. */
export interface Program {
  script?: Step[];
  then?: Step;
  redirect?: { status: number; location: string };
}

/** Programs the test endpoint /collect/<bin> and returns what it received so far. */
export async function collector(bin: string, program: Program = {}): Promise<Received[]> {
  const { requests } = (await executeServerCommand('collector', { bin, ...program })) as { requests: Received[] };
  return requests;
}

/** How many requests per response id were answered with a 2xx status. */
export function accepted(requests: Received[]): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const r of requests) if (r.status < 300) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
  return counts;
}

/** Cuts (or restores) the network through CDP and waits until the page sees it. `block`: cut only these paths. */
export async function setOffline(offline: boolean, block?: string, win: Window = window): Promise<void> {
  await executeServerCommand('set-offline', { offline, block });
  await until(() => win.navigator.onLine === !offline, 5000, `navigator.onLine === ${!offline}`);
}

export { until };

/** Collects the `detail` of the outbox events of one kind (on `document`) until `stop()`. */
export function record<T>(type: string) {
  const seen: T[] = [];
  const listener = (e: Event) => seen.push((e as CustomEvent<T>).detail);
  document.addEventListener(type, listener);
  return Object.assign(seen, { stop: () => document.removeEventListener(type, listener) });
}

export const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** A valid response with a fresh id. */
export function makeResponse(n = 1): SurveyResponse {
  return {
    id: crypto.randomUUID(),
    surveyId: 'uji',
    surveyVersion: 1,
    submittedAt: new Date().toISOString(),
    lang: 'id',
    context: { channel: 'test' },
    answers: { kepuasan: (n % 4) + 1 },
  };
}
