import type { Component } from 'svelte';
import type { TextLevel } from '../i18n/i18n.svelte.ts';
import type { Route } from './routes.ts';

type PageModule<Props extends Record<string, unknown>> = { default: Component<Props> };
export type PageLoader<Props extends Record<string, unknown>> = (() => Promise<PageModule<Props>>) & {
  /**
   * The texts the page reads, which it waits for (see `TextLevel`): only those of the app's
   * first script for the pages shown before signing in; every message for the document's page
   * (on a slow link, the cycle's, matrices' and templates' tables would delay its text); all for
   * the others.
   */
  readonly texts: TextLevel;
};

/**
 * One chunk per page: on a slow link the sign-in form must not wait for the editor. The first
 * call starts the download and later calls share it, so a page fetched ahead of time (see
 * `preloadPage`) is not fetched again; a failed download is forgotten so the next visit retries.
 */
function lazy<Props extends Record<string, unknown>>(
  load: () => Promise<PageModule<Props>>,
  { texts = 'all' }: { texts?: TextLevel } = {},
): PageLoader<Props> {
  let pending: Promise<PageModule<Props>> | undefined;
  const loader = () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
  return Object.assign(loader, { texts });
}

export const pages = {
  auth: lazy(() => import('../../features/auth/AuthPage.svelte'), { texts: 'shell' }),
  invite: lazy(() => import('../../features/invitations/InvitePage.svelte')),
  reset: lazy(() => import('../../features/auth/ResetPasswordPage.svelte'), { texts: 'shell' }),
  confirm: lazy(() => import('../../features/auth/ConfirmEmailPage.svelte'), { texts: 'shell' }),
  home: lazy(() => import('../../features/workspaces/WorkspaceListPage.svelte')),
  workspace: lazy(() => import('../../features/workspaces/WorkspaceHomePage.svelte')),
  matrix: lazy(() => import('../../features/matrices/MatrixPage.svelte')),
  practice: lazy(() => import('../../features/practice/PracticePage.svelte')),
  monitoring: lazy(() => import('../../features/monitoring/MonitoringPage.svelte')),
  consultation: lazy(() => import('../../features/consultation/ConsultationPage.svelte')),
  document: lazy(() => import('../../features/editor/EditorPage.svelte'), { texts: 'messages' }),
  admin: lazy(() => import('../../features/admin/AdminPage.svelte')),
  notFound: lazy(() => import('../../components/NotFoundPage.svelte')),
} satisfies Record<Route['name'] | 'auth', PageLoader<never>>;

/** Single-use links work signed out: they bring their own sign-in. */
export function isPublicRoute(route: Route): boolean {
  return route.name === 'invite' || route.name === 'reset' || route.name === 'confirm';
}

/**
 * Starts downloading what the address will show while the session is still being asked for,
 * so the round trips overlap, and returns that page. At `/` a visitor without a session sees the
 * sign-in form and a signed-in one the workspace list: the one fetched is the list when someone
 * was signed in on this browser last time (see `Session.signedInBefore`), else the form, as the
 * other's code would share a slow link with the page shown. Deeper addresses come from links
 * followed by people signed in, and single-use links bring their own sign-in.
 */
export function preloadPage(route: Route, signedInBefore: boolean): PageLoader<never> {
  const page = route.name === 'home' && !signedInBefore ? pages.auth : pages[route.name];
  void page().catch(() => {});
  return page;
}
