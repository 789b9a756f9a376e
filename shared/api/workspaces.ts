import { endpoint } from './endpoint.ts';

/** TODO(contract): the `workspaces` endpoints. */
export const workspacesEndpoints = {} satisfies Record<string, ReturnType<typeof endpoint>>;
