import { endpoint } from './endpoint.ts';

/** TODO(contract): the `admin` endpoints. */
export const adminEndpoints = {} satisfies Record<string, ReturnType<typeof endpoint>>;
