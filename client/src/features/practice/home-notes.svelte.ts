import type { Digest, WorkspaceOrigin } from '../../../../shared/schemas/practice.ts';
import { call } from '../../lib/api/client.ts';
import { practiceRoutes } from '../../lib/api/routes/practice.ts';

/**
 * The notes that head a workspace's home: which evaluated workspace this cycle started from, and
 * what others did since this person's last visit (reading it records the visit, so it is read
 * once per opening of the home, never on live refreshes). Read with the page's own data so the
 * page appears with them, rather than being pushed down under the pointer when they arrive.
 * Each is only a courtesy: a failed read shows nothing.
 */
export class HomeNotes {
  /** Undefined until answered. */
  origin = $state.raw<WorkspaceOrigin['origin'] | undefined>(undefined);
  digest = $state.raw<Digest | null | undefined>(undefined);

  constructor(private readonly workspaceId: string) {}

  read(): void {
    const params = { id: this.workspaceId };
    void call(practiceRoutes.origin, { params }).then(
      (answer) => (this.origin = answer.origin),
      () => (this.origin = null),
    );
    void call(practiceRoutes.visit, { params }).then(
      (answer) => (this.digest = answer),
      () => (this.digest = null),
    );
  }

  get answered(): boolean {
    return this.origin !== undefined && this.digest !== undefined;
  }
}
