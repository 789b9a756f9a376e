import { describe, expect, it } from 'vitest';
import { matrixPath, parseRoute } from './routes.ts';

describe('matrix routes', () => {
  it('maps /w/<id>/matrices/<kind> to a matrix screen, defaulting to the roadmap', () => {
    expect(parseRoute(matrixPath('wsABCDEF12', 'swot'))).toEqual({ name: 'matrix', workspaceId: 'wsABCDEF12', kind: 'swot' });
    expect(parseRoute('/w/wsABCDEF12/matrices')).toEqual({ name: 'matrix', workspaceId: 'wsABCDEF12', kind: 'milestone' });
    expect(parseRoute('/w/wsABCDEF12/matrices/stakeholder/')).toEqual({ name: 'matrix', workspaceId: 'wsABCDEF12', kind: 'stakeholder' });
  });

  it('refuses unknown kinds, naming the kind and the workspace to go back to, and bad workspace ids', () => {
    expect(parseRoute('/w/wsABCDEF12/matrices/wishes')).toEqual({ name: 'notFound', workspaceId: 'wsABCDEF12', matrixKind: 'wishes' });
    expect(parseRoute('/w/short/matrices/swot')).toEqual({ name: 'notFound' });
  });
});
