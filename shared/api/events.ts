import { endpoint } from './endpoint.ts';

/** TODO(contract): the `events` endpoints. */
export const eventsEndpoints = {} satisfies Record<string, ReturnType<typeof endpoint>>;
