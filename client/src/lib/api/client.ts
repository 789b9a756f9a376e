import { contract } from '../../../../shared/api/index.ts';
import { urlOf, type AnswerOf, type Endpoint, type RequestOf } from '../../../../shared/api/endpoint.ts';
import { callEndpoint, type CallOptions } from './http.ts';

/** A request argument that may be left out when the endpoint takes nothing. */
type Call<E extends Endpoint> = object extends RequestOf<E>
  ? (request?: RequestOf<E>, options?: CallOptions) => Promise<AnswerOf<E>>
  : (request: RequestOf<E>, options?: CallOptions) => Promise<AnswerOf<E>>;

type Bound<C> = { [F in keyof C]: { [N in keyof C[F]]: C[F][N] extends Endpoint ? Call<C[F][N]> : never } };

function bind<C extends Record<string, Record<string, Endpoint>>>(groups: C): Bound<C> {
  return Object.fromEntries(
    Object.entries(groups).map(([feature, endpoints]) => [
      feature,
      Object.fromEntries(
        Object.entries(endpoints).map(([name, e]) => [name, (request = {}, options?: CallOptions) => callEndpoint(e, request as RequestOf<Endpoint>, options)]),
      ),
    ]),
  ) as unknown as Bound<C>;
}

/**
 * The typed client of the whole API, one namespace per feature, made from the shared contract:
 * `await api.review.createThread({ params: { id }, body })` returns the parsed answer.
 */
export const api = bind(contract);

/** The URL of a non-JSON answer (a download, a CSV, an event stream) for links and `EventSource`. */
export const hrefOf = <E extends Endpoint>(e: E, request: RequestOf<E>): string =>
  urlOf(e, request as Parameters<typeof urlOf>[1]);
