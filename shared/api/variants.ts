import { endpoint } from './endpoint.ts';

/** TODO(contract): the `variants` endpoints. */
export const variantsEndpoints = {} satisfies Record<string, ReturnType<typeof endpoint>>;
