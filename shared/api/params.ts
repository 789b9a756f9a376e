import { z } from 'zod';
import { documentIdSchema } from '../schemas/documents.ts';
import { idSchema } from '../schemas/workspaces.ts';

/** `/api/workspaces/:id/…` */
export const workspaceParams = z.object({ id: idSchema });
/** `/api/documents/:id/…` */
export const documentParams = z.object({ id: documentIdSchema });
