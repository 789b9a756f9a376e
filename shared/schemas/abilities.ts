import { z } from 'zod';
import { ACTIONS, type Action } from '../policy/abilities.ts';

/** The caller's abilities for a resource, computed by the server from the shared table. */
export const abilitiesSchema = z.object(
  Object.fromEntries(ACTIONS.map((action) => [action, z.boolean()])) as Record<Action, z.ZodBoolean>,
);
