import { endpoint } from './endpoint.ts';

/** TODO(contract): the `versions` endpoints. */
export const versionsEndpoints = {} satisfies Record<string, ReturnType<typeof endpoint>>;
