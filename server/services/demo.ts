import type { User } from '../../shared/schemas/auth.ts';
import type { DemoCreated } from '../../shared/schemas/demo.ts';
import { createDemoWorkspace, type DemoServices } from '../demo/create-demo.ts';
import { HttpError } from '../http/errors.ts';

export type DemoService = ReturnType<typeof createDemoService>;

/**
 * The "try a demo" button of an empty workspace list. Refused once the caller has a workspace,
 * so the button cannot be used to fill an instance with demo accounts.
 */
export function createDemoService(infrastructure: DemoServices) {
  return {
    create(actor: User): DemoCreated {
      if (infrastructure.workspaces.listForUser(actor.id).length > 0) {
        throw new HttpError(409, 'not_empty', 'the demo is offered only to users without a workspace');
      }
      const { workspaceId, documentId } = createDemoWorkspace(infrastructure, actor.id);
      return { workspaceId, documentId };
    },
  };
}
