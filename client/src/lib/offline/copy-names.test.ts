import { afterEach, describe, expect, it } from 'vitest';
import { localCopiesPrefix, localCopyName, mayHaveLocalCopy } from './copy-names.ts';

const withDatabases = (databases: () => Promise<{ name?: string }[]>) => {
  Object.defineProperty(globalThis, 'indexedDB', { value: { databases }, configurable: true });
};

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'indexedDB');
});

describe('the names of the copies kept on this browser', () => {
  it('names a copy by person and document, under the person’s prefix', () => {
    expect(localCopyName('u1', 'd1')).toBe('cadre:u1:d1');
    expect(localCopyName('u1', 'd1').startsWith(localCopiesPrefix('u1'))).toBe(true);
    expect(localCopyName('u10', 'd1').startsWith(localCopiesPrefix('u1'))).toBe(false);
  });

  it('tells whether anyone keeps a copy of a document, by its whole id', async () => {
    withDatabases(async () => [{ name: localCopyName('u1', 'doc-1') }, { name: 'other-app:doc-2' }, {}]);
    expect(await mayHaveLocalCopy('doc-1')).toBe(true);
    expect(await mayHaveLocalCopy('c-1')).toBe(false);
    expect(await mayHaveLocalCopy('doc-2')).toBe(false);
  });

  it('says a copy may exist when the browser cannot tell, so that the page asks its own', async () => {
    expect(await mayHaveLocalCopy('doc-1')).toBe(true);
    withDatabases(() => Promise.reject(new Error('blocked')));
    expect(await mayHaveLocalCopy('doc-1')).toBe(true);
  });
});
