import { z } from 'zod';
import { commonFailures, isMediaAnswer, type Endpoint, type FailureStatus, type MediaAnswer } from '../../shared/api/endpoint.ts';
import { contractEndpoints } from '../../shared/api/index.ts';
import { apiErrorSchema } from '../../shared/schemas/errors.ts';

/** Endpoints with the fewest parameters first, so `/versions/compare` wins over `/versions/:versionId`. */
const matchers = contractEndpoints()
  .map((endpoint) => ({ endpoint, pattern: new RegExp(`^${endpoint.path.replace(/:\w+/g, '[^/]+')}$`) }))
  .sort((a, b) => (a.endpoint.path.match(/:/g)?.length ?? 0) - (b.endpoint.path.match(/:/g)?.length ?? 0));

export const endpointFor = (method: string, path: string): Endpoint | undefined => {
  const pathname = new URL(path, 'http://localhost').pathname;
  return matchers.find((m) => m.endpoint.method === method.toLowerCase() && m.pattern.test(pathname))?.endpoint;
};

/**
 * Fails when a real answer is not what the contract documents: an undeclared status, a JSON body
 * that does not match its schema, a failure without the error shape, a media answer of another
 * type. The test clients run it on every answer, so every route test is a contract test.
 */
export function checkAnswer(method: string, path: string, answer: { status: number; contentType: string; body: unknown }): void {
  const e = endpointFor(method, path);
  const where = `${method} ${path} → ${answer.status}`;
  if (!e) {
    // Only the app's own "no such route" answer may come from outside the contract.
    if (answer.status === 404 && apiErrorSchema.safeParse(answer.body).success) return;
    throw new Error(`${where}: no endpoint of the contract matches this request`);
  }
  if (answer.status >= 400) {
    const documented = { ...commonFailures(e), ...e.failures }[answer.status as FailureStatus];
    if (documented === undefined) throw new Error(`${where}: failure status not documented for ${e.method} ${e.path}`);
    if (isMediaAnswer(documented)) return checkMediaType(where, documented, answer.contentType);
    const parsed = apiErrorSchema.safeParse(answer.body);
    if (!parsed.success) throw new Error(`${where}: failure body is not an API error: ${JSON.stringify(answer.body)}`);
    return;
  }
  const declared = e.answers[answer.status as keyof Endpoint['answers']];
  if (declared === undefined) throw new Error(`${where}: status not documented for ${e.method} ${e.path}`);
  if (declared === null) {
    if (answer.body !== null && answer.body !== '') throw new Error(`${where}: documented as empty, got a body`);
  } else if (isMediaAnswer(declared)) {
    checkMediaType(where, declared, answer.contentType);
  } else {
    const parsed = declared.safeParse(answer.body);
    if (!parsed.success) throw new Error(`${where}: answer does not match its schema:\n${z.prettifyError(parsed.error)}`);
  }
}

/** `application/octet-stream` stands for "a file of the requested format": any type passes. */
function checkMediaType(where: string, declared: MediaAnswer, contentType: string): void {
  const expected = declared.mediaType.split(';')[0] ?? '';
  if (expected !== 'application/octet-stream' && !contentType.startsWith(expected)) {
    throw new Error(`${where}: documented as ${declared.mediaType}, answered ${contentType}`);
  }
}
