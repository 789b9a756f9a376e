import type { User } from '../../shared/schemas/auth.ts';
import type { Session } from '../auth/sessions.ts';

/** Per-request values set by middleware, typed for every route. */
export type AppEnv = {
  Variables: {
    auth: { user: User; session: Session } | null;
    /** Where the request comes from (`client-address.ts`). */
    clientAddress: string;
  };
};
