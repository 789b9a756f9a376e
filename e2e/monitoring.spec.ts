import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { contract } from '../shared/api/index.ts';
import { reportingPeriods } from '../shared/monitoring/periods.ts';
import { seriousViolations } from './support/accessibility.ts';
import { callViaApi, createWorkspaceViaApi, joinViaApi, signUpViaApi } from './support/api.ts';

const SHOTS = '/tmp/monitor';
const year = new Date().getUTCFullYear();
const span = { start: `${year - 1}-01-01`, end: `${year + 1}-12-31` };
const today = new Date().toISOString().slice(0, 10);
/** The last two quarters that are over, whatever today is. */
const [earlier, later] = reportingPeriods('quarterly', span.start, span.end)
  .filter((period) => period.end < today)
  .slice(-2);

/** Screenshots at desktop and phone widths, checking nothing overflows the phone's width. */
async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 860 });
}

async function plan(lead: BrowserContext) {
  const workspace = await createWorkspaceViaApi(lead, 'Second integration plan');
  const create = (kind: 'objective' | 'action', data: Record<string, unknown>) => callViaApi(lead, contract.matrices.create, { params: { id: workspace.id, kind }, body: { data } });
  const objective = await create('objective', { title: 'Immigrants reach local services', status: 'agreed' });
  const measure = await create('action', { objectiveId: objective.item.id, title: 'Open information desks in the support offices', responsibleInstitution: 'Ministry of the Interior', ...span });
  const params = { id: workspace.id, measureId: measure.item.id };
  await callViaApi(lead, contract.monitoring.setCadence, { params, body: { cadence: 'quarterly' } });
  const desks = await callViaApi(lead, contract.monitoring.addIndicator, { params, body: { name: 'Information desks open', unit: 'desks', baseline: 0, target: 12 } });
  await callViaApi(lead, contract.monitoring.addIndicator, { params, body: { name: 'Immigrants informed', unit: 'people', baseline: 0, target: 1500 } });
  if (!earlier) throw new Error('no quarter is over yet');
  await callViaApi(lead, contract.monitoring.saveReport, {
    params: { ...params, periodKey: earlier.key },
    body: { status: 'onTrack', note: 'Three desks opened.', values: [{ indicatorId: desks.indicator.id, value: 3 }] },
  });
  return { workspaceId: workspace.id };
}

test('a quarter’s values recorded by one member update the dashboard of another, live', async ({ browser }) => {
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  try {
    const [lead, colleague] = contexts as [BrowserContext, BrowserContext];
    await signUpViaApi(lead, 'Lucia Lead');
    const { workspaceId } = await plan(lead);
    await joinViaApi(lead, colleague, workspaceId, 'Oscar Observer', 'observer');
    await callViaApi(lead, contract.monitoring.addLesson, { params: { id: workspaceId }, body: { text: 'Train the desk staff before opening a desk.' } });

    const watcher = await colleague.newPage();
    await watcher.goto(`/w/${workspaceId}/monitoring`);
    await expect(watcher.getByRole('heading', { level: 1, name: 'Monitoring and evaluation' })).toBeVisible();
    const statusChart = watcher.getByTestId('status-chart');
    await expect(statusChart.locator('[data-status="onTrack"]')).toHaveAttribute('data-count', '1');
    await expect(watcher.getByText('Your role does not record reports', { exact: false })).toBeVisible();

    const page = await lead.newPage();
    await page.goto(`/w/${workspaceId}`);
    await page.getByRole('link', { name: 'Monitoring dashboard' }).click();
    const card = page.getByTestId('measure-card');
    await card.getByRole('button', { name: new RegExp(`Report on ${later?.key ?? ''}`) }).click();
    const dialog = page.getByTestId('report-dialog');
    await dialog.getByLabel('Status of the measure').selectOption('delayed');
    await dialog.getByLabel('Information desks open (desks)').fill('7');
    await dialog.getByLabel('Immigrants informed (people)').fill('420');
    await dialog.getByLabel('Note').fill('Four more desks opened; one island waits for a recruit.');
    await dialog.getByLabel('Evidence').fill('https://example.org/quarterly-minutes.pdf');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(card.locator(`[data-period="${later?.key}"]`)).toHaveAttribute('data-state', 'reported');

    // The other member's dashboard follows without reloading.
    await expect(statusChart.locator('[data-status="delayed"]')).toHaveAttribute('data-count', '1');
    await expect(statusChart.locator('[data-status="onTrack"]')).toHaveAttribute('data-count', '0');
    await expect(watcher.getByTestId('indicator-chart').locator('[data-indicator="Information desks open"]')).toHaveAttribute('data-latest', '7');
    await expect(watcher.getByTestId('measure-status')).toHaveText('Delayed');
    await watcher.getByText('Show the numbers as a table').first().click();
    await expect(watcher.getByRole('row', { name: /Delayed/ })).toContainText('1');

    expect(await seriousViolations(watcher)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'dashboard');

    // The evaluation report, as the web page the export gives and as a Word file.
    const html = await lead.request.get(`/api/workspaces/${workspaceId}/monitoring/evaluation?format=html`);
    expect(html.status()).toBe(200);
    const docx = await lead.request.get(`/api/workspaces/${workspaceId}/monitoring/evaluation?format=docx`);
    expect(docx.headers()['content-type']).toContain('wordprocessingml');
    const report = await lead.newPage();
    await report.setContent(await html.text());
    await expect(report.getByRole('heading', { name: 'Logical framework' })).toBeVisible();
    await expect(report.getByText('7 desks / 12 desks')).toBeVisible();
    await shoot(report, 'evaluation-report');
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});
