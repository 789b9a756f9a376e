import { endpoint } from './endpoint.ts';

/** TODO(contract): the `export` endpoints. */
export const exportEndpoints = {} satisfies Record<string, ReturnType<typeof endpoint>>;
