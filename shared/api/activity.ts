import { endpoint } from './endpoint.ts';

/** TODO(contract): the `activity` endpoints. */
export const activityEndpoints = {} satisfies Record<string, ReturnType<typeof endpoint>>;
