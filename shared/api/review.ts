import { endpoint } from './endpoint.ts';

/** TODO(contract): the `review` endpoints. */
export const reviewEndpoints = {} satisfies Record<string, ReturnType<typeof endpoint>>;
