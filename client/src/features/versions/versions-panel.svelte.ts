import type { CompareResult, VersionDetail, VersionSummary } from '../../../../shared/schemas/versions.ts';
import { call } from '../../lib/api/client.ts';
import { publicLinksRoutes } from '../../lib/api/routes/public-links.ts';
import { versionsRoutes } from '../../lib/api/routes/versions.ts';
import { latestLoad } from '../../lib/realtime/latest-load.ts';

/** What the versions panel shows on its right-hand side: nothing, one version, or a comparison. */
export type VersionView = { kind: 'none' } | { kind: 'open'; version: VersionDetail } | { kind: 'compare'; result: CompareResult };

/** State of the versions panel of one document: the list, the open view, the busy flag and errors. */
export class VersionsPanelState {
  versions = $state<VersionSummary[]>([]);
  view = $state<VersionView>({ kind: 'none' });
  loading = $state(false);
  busy = $state(false);
  error = $state<string | null>(null);
  /** The public link just created, shown once (the server keeps only its hash). */
  published = $state<{ versionId: string; url: string } | null>(null);

  private readonly latest = latestLoad();

  constructor(private readonly documentId: string) {}

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.error = null;
    try {
      await work();
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      this.busy = false;
    }
  }

  async refresh(): Promise<void> {
    const current = this.latest.begin();
    this.loading = true;
    await this.run(async () => {
      const { versions } = await call(versionsRoutes.list, { params: { id: this.documentId } });
      // Refreshes overlap when versions come in bursts: an older answer must not win.
      if (current()) this.versions = versions;
    });
    this.loading = false;
  }

  /** Names the current text; a failure is thrown, for the form to show a refused name next to its field. */
  async name(name: string): Promise<void> {
    this.busy = true;
    this.error = null;
    try {
      const created = await call(versionsRoutes.create, { params: { id: this.documentId }, body: { name } });
      this.versions = [created, ...this.versions.filter((v) => v.id !== created.id)];
    } finally {
      this.busy = false;
    }
  }

  open(versionId: string): Promise<void> {
    return this.run(async () => {
      this.view = { kind: 'open', version: await call(versionsRoutes.get, { params: { id: this.documentId, versionId } }) };
    });
  }

  compare(from: string, to: string): Promise<void> {
    return this.run(async () => {
      this.view = { kind: 'compare', result: await call(versionsRoutes.compare, { params: { id: this.documentId }, query: { from, to } }) };
    });
  }

  restore(versionId: string): Promise<void> {
    return this.run(async () => {
      const restored = await call(versionsRoutes.restore, { params: { id: this.documentId, versionId } });
      this.versions = [restored, ...this.versions];
      this.view = { kind: 'none' };
    });
  }

  publish(versionId: string): Promise<void> {
    return this.run(async () => {
      const link = await call(publicLinksRoutes.publish, { params: { id: this.documentId, versionId } });
      this.published = { versionId, url: link.url };
    });
  }
}
