import { describe, expect, it } from 'vitest';
import { documentPath, parseRoute } from './routes.ts';

describe('parseRoute', () => {
  it('maps / to the list and /d/<id> to a document', () => {
    expect(parseRoute('/')).toEqual({ name: 'list' });
    expect(parseRoute('/d/abcDEF12_-')).toEqual({ name: 'document', id: 'abcDEF12_-' });
    expect(parseRoute(documentPath('abcdefgh'))).toEqual({ name: 'document', id: 'abcdefgh' });
  });

  it('refuses ids the server could never have issued', () => {
    expect(parseRoute('/d/short')).toEqual({ name: 'notFound' });
    expect(parseRoute('/d/%3Cscript%3E12345')).toEqual({ name: 'notFound' });
    expect(parseRoute('/elsewhere')).toEqual({ name: 'notFound' });
  });
});
