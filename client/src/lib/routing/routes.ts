import { documentIdSchema } from '../../../../shared/schemas/documents.ts';
import { matrixKindSchema, type MatrixKind } from '../../../../shared/schemas/matrices/index.ts';
import { idSchema } from '../../../../shared/schemas/workspaces.ts';

export type Route =
  | { name: 'home' }
  | { name: 'workspace'; id: string }
  | { name: 'matrix'; workspaceId: string; kind: MatrixKind }
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
  const inWorkspace = /^\/w\/([A-Za-z0-9_-]+)\/./.exec(pathname)?.[1];
  if (inWorkspace && idSchema.safeParse(inWorkspace).success) return { name: 'notFound', workspaceId: inWorkspace };
  const match = /^\/(w|d|invite|reset|confirm)\/([^/]+)\/?$/.exec(pathname);
  const kind = match?.[1];
  let value: string;
  try {
    value = decodeURIComponent(match?.[2] ?? '');
  } catch {
    return { name: 'notFound' };
  }
  if (kind === 'w' && idSchema.safeParse(value).success) return { name: 'workspace', id: value };
  if (kind === 'd' && documentIdSchema.safeParse(value).success) return { name: 'document', id: value };
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
  if (!match?.[1] || !idSchema.safeParse(match[1]).success) return undefined;
  const kind = matrixKindSchema.safeParse(match[2] ?? 'milestone');
  if (kind.success) return { name: 'matrix', workspaceId: match[1], kind: kind.data };
  return { name: 'notFound', workspaceId: match[1], matrixKind: match[2] ?? '' };
}

export function matrixPath(workspaceId: string, kind: MatrixKind): string {
  return `/w/${encodeURIComponent(workspaceId)}/matrices/${kind}`;
}
