import { endpoint } from './endpoint.ts';

/** TODO(contract): the `password-resets` endpoints. */
export const passwordResetsEndpoints = {} satisfies Record<string, ReturnType<typeof endpoint>>;
