import { z } from 'zod';

/** `POST /api/demo` answer: where the new demo workspace and its draft are. */
export const demoCreatedSchema = z.object({ workspaceId: z.string(), documentId: z.string() });
export type DemoCreated = z.infer<typeof demoCreatedSchema>;
