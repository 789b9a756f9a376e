import { endpoint } from './endpoint.ts';

/** TODO(contract): the `cycle` endpoints. */
export const cycleEndpoints = {} satisfies Record<string, ReturnType<typeof endpoint>>;
