import { afterEach, describe, expect, it, vi } from 'vitest';
import { readEarly, takeEarlyRead } from './early-reads.ts';

// The network is not what is tested here: each address answers what the test says.
function answering(answers: Record<string, Response | Error>) {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    fetched.push(url);
    const answer = answers[url];
    return answer instanceof Error || answer === undefined ? Promise.reject(answer ?? new Error('no answer')) : Promise.resolve(answer);
  });
  return fetched;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('reads started before the page’s code', () => {
  it('gives the answer to the first call of the same address only', async () => {
    const fetched = answering({ '/api/documents/d1': new Response('{"title":"Plan"}', { status: 200 }) });
    readEarly('/api/documents/d1');
    expect(await takeEarlyRead('/api/documents/other')).toBeUndefined();
    const taken = await takeEarlyRead('/api/documents/d1');
    expect(await taken?.json()).toEqual({ title: 'Plan' });
    expect(await takeEarlyRead('/api/documents/d1')).toBeUndefined();
    expect(fetched).toEqual(['/api/documents/d1']);
  });

  it('does not give a refusal or a failure: the page asks again and meets it itself', async () => {
    answering({ '/api/documents/gone': new Response('{}', { status: 404 }), '/api/documents/down': new Error('offline') });
    readEarly('/api/documents/gone');
    readEarly('/api/documents/down');
    expect(await takeEarlyRead('/api/documents/gone')).toBeUndefined();
    expect(await takeEarlyRead('/api/documents/down')).toBeUndefined();
  });

  it('does not give an answer asked for more than a minute before', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    answering({ '/api/documents/d1': new Response('{}', { status: 200 }) });
    readEarly('/api/documents/d1');
    vi.setSystemTime(Date.now() + 61_000);
    expect(await takeEarlyRead('/api/documents/d1')).toBeUndefined();
  });
});
