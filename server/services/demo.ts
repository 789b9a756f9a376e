import type { User } from '../../shared/schemas/auth.ts';
import type { DemoCreated } from '../../shared/schemas/demo.ts';
import type { DemoServices } from '../demo/create-demo.ts';
import { HttpError } from '../http/errors.ts';

export type DemoService = ReturnType<typeof createDemoService>;

const notEmpty = () => new HttpError(409, 'not_empty', 'the demo is offered only to users without a workspace');

/**
 * The "try a demo" button of an empty workspace list. Refused once the caller has a workspace,
 * so the button cannot be used to fill an instance with demo accounts.
 */
export function createDemoService(infrastructure: DemoServices) {
  /**
   * Users whose demo is being built on this instance. Between the check and the workspace that
   * ends it lie other requests' turns: one sent meanwhile is refused rather than building another.
   */
  const building = new Set<string>();

  return {
    async create(actor: User): Promise<DemoCreated> {
      if (building.has(actor.id)) throw notEmpty();
      building.add(actor.id);
      try {
        if ((await infrastructure.workspaces.listForUser(actor.id)).length > 0) throw notEmpty();
        // The demo's data and the templates load with the first demo, not with the server.
        const { createDemoWorkspace } = await import('../demo/create-demo.ts');
        const { workspaceId, documentId } = await createDemoWorkspace(infrastructure, actor.id);
        return { workspaceId, documentId };
      } finally {
        building.delete(actor.id);
      }
    },
  };
}
