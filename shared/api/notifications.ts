import { endpoint } from './endpoint.ts';

/** TODO(contract): the `notifications` endpoints. */
export const notificationsEndpoints = {} satisfies Record<string, ReturnType<typeof endpoint>>;
