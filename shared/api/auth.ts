import { endpoint } from './endpoint.ts';

/** TODO(contract): the `auth` endpoints. */
export const authEndpoints = {} satisfies Record<string, ReturnType<typeof endpoint>>;
