import { endpoint } from './endpoint.ts';

/** TODO(contract): the `matrices` endpoints. */
export const matricesEndpoints = {} satisfies Record<string, ReturnType<typeof endpoint>>;
