import { endpoint } from './endpoint.ts';

/** TODO(contract): the `demo` endpoints. */
export const demoEndpoints = {} satisfies Record<string, ReturnType<typeof endpoint>>;
