import { endpoint } from './endpoint.ts';

/** TODO(contract): the `invitations` endpoints. */
export const invitationsEndpoints = {} satisfies Record<string, ReturnType<typeof endpoint>>;
