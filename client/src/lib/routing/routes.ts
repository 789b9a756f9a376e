// Read by the app's first script (main.ts): the address alone, without zod or the schemas.
import { ID_PATTERN } from '../../../../shared/schemas/id-pattern.ts';
import { isMatrixKind, type MatrixKind } from '../../../../shared/schemas/matrices/kinds.ts';

export type Route =
  | { name: 'home' }
  | { name: 'workspace'; id: string }
  | { name: 'matrix'; workspaceId: string; kind: MatrixKind }
  /** The good-practice self-assessment of a workspace. */
  | { name: 'practice'; workspaceId: string }
  /** The monitoring dashboard of a workspace's action plan. */
  | { name: 'monitoring'; workspaceId: string }
  /** Consultation rounds of a workspace, or one round (the team's screen, or a consultee's). */
  | { name: 'consultation'; workspaceId: string; roundId: string | null }
  | { name: 'document'; id: string }
  | { name: 'invite'; token: string }
  | { name: 'reset'; token: string }
  | { name: 'confirm'; token: string }
  | { name: 'admin' }
  /** Nothing at this address; inside a workspace (an unknown matrix kind…) it says which. */
  | { name: 'notFound'; workspaceId?: string; matrixKind?: string };

// Tokens are opaque to the client; this only keeps obvious junk out of API paths.
const TOKEN = /^[A-Za-z0-9_-]{16,200}$/;

export const ADMIN_PATH = '/admin';

/**
 * `/` lists workspaces, `/w/<id>` is a workspace's home, `/d/<id>` a document,
 * `/invite/<token>`, `/reset/<token>` and `/confirm/<token>` open single-use links, `/admin` is
 * the instance administration page; anything else is a 404 page, which leads back to the
 * workspace when the address is inside one.
 */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'home' };
  if (pathname === ADMIN_PATH || pathname === `${ADMIN_PATH}/`) return { name: 'admin' };
  const matrix = parseMatrixPath(pathname);
  if (matrix) return matrix;
  const practice = /^\/w\/([A-Za-z0-9_-]+)\/practice\/?$/.exec(pathname)?.[1];
  if (practice && ID_PATTERN.test(practice)) return { name: 'practice', workspaceId: practice };
  const monitoring = /^\/w\/([A-Za-z0-9_-]+)\/monitoring\/?$/.exec(pathname)?.[1];
  if (monitoring && ID_PATTERN.test(monitoring)) return { name: 'monitoring', workspaceId: monitoring };
  const consultation = /^\/w\/([A-Za-z0-9_-]+)\/consultation(?:\/([A-Za-z0-9_-]+))?\/?$/.exec(pathname);
  if (consultation?.[1] && ID_PATTERN.test(consultation[1]) && (consultation[2] === undefined || ID_PATTERN.test(consultation[2]))) {
    return { name: 'consultation', workspaceId: consultation[1], roundId: consultation[2] ?? null };
  }
  const inWorkspace = /^\/w\/([A-Za-z0-9_-]+)\/./.exec(pathname)?.[1];
  if (inWorkspace && ID_PATTERN.test(inWorkspace)) return { name: 'notFound', workspaceId: inWorkspace };
  const match = /^\/(w|d|invite|reset|confirm)\/([^/]+)\/?$/.exec(pathname);
  const kind = match?.[1];
  let value: string;
  try {
    value = decodeURIComponent(match?.[2] ?? '');
  } catch {
    return { name: 'notFound' };
  }
  if (kind === 'w' && ID_PATTERN.test(value)) return { name: 'workspace', id: value };
  if (kind === 'd' && ID_PATTERN.test(value)) return { name: 'document', id: value };
  if (kind === 'invite' && TOKEN.test(value)) return { name: 'invite', token: value };
  if (kind === 'reset' && TOKEN.test(value)) return { name: 'reset', token: value };
  if (kind === 'confirm' && TOKEN.test(value)) return { name: 'confirm', token: value };
  return { name: 'notFound' };
}

export function documentPath(id: string): string {
  return `/d/${encodeURIComponent(id)}`;
}

export function workspacePath(id: string): string {
  return `/w/${encodeURIComponent(id)}`;
}

/** `/w/<id>/matrices/<kind>`: one matrix of a workspace; `/w/<id>/matrices` opens the roadmap. */
function parseMatrixPath(pathname: string): Route | undefined {
  const match = /^\/w\/([A-Za-z0-9_-]+)\/matrices(?:\/([a-z]+))?\/?$/.exec(pathname);
  if (!match?.[1] || !ID_PATTERN.test(match[1])) return undefined;
  const kind = match[2] ?? 'milestone';
  if (isMatrixKind(kind)) return { name: 'matrix', workspaceId: match[1], kind };
  return { name: 'notFound', workspaceId: match[1], matrixKind: match[2] ?? '' };
}

/** `/w/<id>/practice`: the workspace's good-practice self-assessment. */
export function practicePath(workspaceId: string): string {
  return `/w/${encodeURIComponent(workspaceId)}/practice`;
}

/** `/w/<id>/monitoring`: the monitoring dashboard of the workspace's action plan. */
export function monitoringPath(workspaceId: string): string {
  return `/w/${encodeURIComponent(workspaceId)}/monitoring`;
}

/** `/w/<id>/consultation`: the rounds; with a round id, that round. */
export function consultationPath(workspaceId: string, roundId?: string): string {
  return `/w/${encodeURIComponent(workspaceId)}/consultation${roundId ? `/${encodeURIComponent(roundId)}` : ''}`;
}

export function matrixPath(workspaceId: string, kind: MatrixKind): string {
  return `/w/${encodeURIComponent(workspaceId)}/matrices/${kind}`;
}
