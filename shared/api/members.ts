import { endpoint } from './endpoint.ts';

/** TODO(contract): the `members` endpoints. */
export const membersEndpoints = {} satisfies Record<string, ReturnType<typeof endpoint>>;
