import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/index.ts';
import { validationEndpoints as validation } from '../../shared/api/validation.ts';
import type { CadreServer } from '../server.ts';
import { signUp } from '../testing/api-client.ts';
import { startTestServer } from '../testing/test-server.ts';
import { requestLanguage } from './request-language.ts';
import { serverText } from './server-text.ts';

describe('the language the server writes in', () => {
  let server: CadreServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('names the default validation ladder in the workspace’s language', async () => {
    const facilitator = await signUp(server.url, 'أمل');
    const workspace = await facilitator.call(contract.workspaces.create, { body: { title: 'السياسة الوطنية للهجرة', language: 'ar' } });
    const document = await facilitator.call(contract.documents.create, { params: { id: workspace.id }, body: { title: 'مسودة' } });
    const ladder = await facilitator.call(validation.ladder, { params: { id: document.id } });
    expect(ladder.steps.map((step) => step.name)).toEqual(serverText('ar').validationSteps);
    expect(ladder.steps[0]?.name).toBe('الفريق الأساسي');
  });

  it('reads the interface language the client sends, else English', async () => {
    const app = new Hono().get('/', (c) => c.text(requestLanguage(c)));
    const languageOf = async (header?: string) => (await app.request('/', { headers: header ? { 'accept-language': header } : {} })).text();
    expect(await languageOf('ar')).toBe('ar');
    expect(await languageOf('de-DE,pt-BR;q=0.8')).toBe('pt');
    expect(await languageOf('de')).toBe('en');
    expect(await languageOf()).toBe('en');
  });

  it('falls back to English for a language Cadre does not write', () => {
    expect(serverText('xx')).toBe(serverText('en'));
    expect(serverText('fr').automaticCheckpoint).toBe('Point de sauvegarde automatique');
  });
});
