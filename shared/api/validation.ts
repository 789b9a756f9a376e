import { endpoint } from './endpoint.ts';

/** TODO(contract): the `validation` endpoints. */
export const validationEndpoints = {} satisfies Record<string, ReturnType<typeof endpoint>>;
