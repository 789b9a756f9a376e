import { Hono } from 'hono';
import { can } from '../../shared/policy/abilities.ts';
import { stepsBodySchema } from '../../shared/schemas/validation.ts';
import { idSchema } from '../../shared/schemas/workspaces.ts';
import { requireAuth } from '../auth/middleware.ts';
import type { AppEnv } from '../http/context.ts';
import { HttpError, jsonBody, notFound } from '../http/errors.ts';
import type { Services } from '../services.ts';
import { createVersioning } from '../versions/versioning.ts';

/** `/api/workspaces/:id/validation`: the ladder and where each document stands on it. */
export function validationRoutes(services: Services) {
  const { policy, documents, events, validation } = services;
  const versioning = createVersioning(services);
  const workspaceId = (raw: string) => {
    if (!idSchema.safeParse(raw).success) throw notFound('workspace');
    return raw;
  };

  return new Hono<AppEnv>()
    .get('/:id/validation', (c) => {
      const { user } = requireAuth(c);
      const id = workspaceId(c.req.param('id'));
      const membership = policy.authorize(user.id, id, 'read');
      const ladders = documents.listInWorkspace(id).map((document) => ({
        document: { id: document.id, title: document.title },
        ladder: versioning.ladder(id, document.id, membership.role),
      }));
      return c.json({ steps: validation.steps(id), documents: ladders });
    })
    .put('/:id/validation/steps', async (c) => {
      const { user } = requireAuth(c);
      const id = workspaceId(c.req.param('id'));
      policy.authorize(user.id, id, 'manageWorkspace');
      const { steps } = await jsonBody(c, stepsBodySchema);
      // A step no role could ever sign would block the ladder for good.
      const unsignable = steps.findIndex((step) => !can(step.signerRole, 'signValidation', { signerRole: step.signerRole }));
      if (unsignable !== -1) {
        throw new HttpError(400, 'invalid_request', 'invalid request body', {
          [`steps.${unsignable}.signerRole`]: ['this role may not sign validation steps'],
        });
      }
      const saved = validation.replaceSteps(id, steps);
      events.publish(id, { resource: 'validation', action: 'updated', actorId: user.id });
      return c.json({ steps: saved });
    });
}
