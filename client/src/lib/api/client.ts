import { urlOf, type AnswerOf, type Endpoint, type RequestOf, type Route } from '../../../../shared/api/endpoint.ts';
import { callEndpoint, type CallOptions } from './http.ts';

/** The request may be left out when the endpoint takes nothing. */
type CallArguments<E extends Endpoint> = object extends RequestOf<E>
  ? [request?: RequestOf<E>, options?: CallOptions]
  : [request: RequestOf<E>, options?: CallOptions];

/**
 * Calls an endpoint of the shared contract and returns its answer:
 * `await call(reviewRoutes.createThread, { params: { id }, body })`. Each screen imports the
 * route groups it calls (`./routes/<feature>.ts`), so a page's code carries their routes only.
 */
export const call = <E extends Endpoint>(e: Route<E>, ...[request, options]: CallArguments<E>): Promise<AnswerOf<E>> =>
  callEndpoint(e, (request ?? {}) as RequestOf<E>, options);

/** The URL of a non-JSON answer (a download, a CSV, an event stream) for links and `EventSource`. */
export const hrefOf = <E extends Endpoint>(e: Route<E>, request: RequestOf<E>): string =>
  urlOf(e, request as Parameters<typeof urlOf>[1]);
