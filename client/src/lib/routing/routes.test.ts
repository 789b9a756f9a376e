import { describe, expect, it } from 'vitest';
import { ADMIN_PATH, documentPath, monitoringPath, parseRoute, workspacePath } from './routes.ts';

describe('parseRoute', () => {
  it('maps / to the workspace list, /w/<id> to a workspace and /d/<id> to a document', () => {
    expect(parseRoute('/')).toEqual({ name: 'home' });
    expect(parseRoute('/d/abcDEF12_-')).toEqual({ name: 'document', id: 'abcDEF12_-' });
    expect(parseRoute(documentPath('abcdefgh'))).toEqual({ name: 'document', id: 'abcdefgh' });
    expect(parseRoute(workspacePath('wsABCDEF12'))).toEqual({ name: 'workspace', id: 'wsABCDEF12' });
  });

  it('maps single-use links to their pages', () => {
    const token = 'tok_0123456789abcdefXYZ';
    expect(parseRoute(`/invite/${token}`)).toEqual({ name: 'invite', token });
    expect(parseRoute(`/reset/${token}`)).toEqual({ name: 'reset', token });
    expect(parseRoute(`/confirm/${token}`)).toEqual({ name: 'confirm', token });
  });

  it('maps /admin to the instance administration page', () => {
    expect(parseRoute(ADMIN_PATH)).toEqual({ name: 'admin' });
    expect(parseRoute('/admin/')).toEqual({ name: 'admin' });
    expect(parseRoute('/admin/other')).toEqual({ name: 'notFound' });
  });

  it('maps /w/<id>/monitoring to the monitoring dashboard', () => {
    expect(parseRoute(monitoringPath('wsABCDEF12'))).toEqual({ name: 'monitoring', workspaceId: 'wsABCDEF12' });
    expect(parseRoute('/w/short/monitoring')).toEqual({ name: 'notFound' });
  });

  it('refuses ids the server could never have issued', () => {
    expect(parseRoute('/d/short')).toEqual({ name: 'notFound' });
    expect(parseRoute('/d/%3Cscript%3E12345')).toEqual({ name: 'notFound' });
    expect(parseRoute('/w/%E0%A4%A')).toEqual({ name: 'notFound' });
    expect(parseRoute('/invite/short')).toEqual({ name: 'notFound' });
    expect(parseRoute('/elsewhere')).toEqual({ name: 'notFound' });
  });

  it('keeps the workspace of an unknown address inside one, for the way back', () => {
    expect(parseRoute('/w/wsABCDEF12/nothing')).toEqual({ name: 'notFound', workspaceId: 'wsABCDEF12' });
    expect(parseRoute('/w/wsABCDEF12/matrices/Swot')).toEqual({ name: 'notFound', workspaceId: 'wsABCDEF12' });
    expect(parseRoute('/w/short/nothing')).toEqual({ name: 'notFound' });
  });
});
