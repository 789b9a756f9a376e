import { endpoint } from './endpoint.ts';

/** TODO(contract): the `public-links` endpoints. */
export const publicLinksEndpoints = {} satisfies Record<string, ReturnType<typeof endpoint>>;
