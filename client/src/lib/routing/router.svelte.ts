import { createContext } from 'svelte';
import { parseRoute, type Route } from './routes.ts';

/** History-API routing: the server answers unknown non-API paths with index.html. */
export class Router {
  route = $state<Route>({ name: 'home' });

  constructor(private readonly win: Window) {
    this.route = parseRoute(win.location.pathname);
    win.addEventListener('popstate', this.sync);
  }

  navigate(path: string): void {
    if (path === this.win.location.pathname) return;
    this.win.history.pushState(null, '', path);
    this.sync();
  }

  /** For `<a href>` clicks: keeps new-tab and modified clicks working as browsers do. */
  linkHandler = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.currentTarget;
    if (!(anchor instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    // The query too: a link may open a thread (`?thread=`).
    this.navigate(anchor.pathname + anchor.search);
  };

  destroy(): void {
    this.win.removeEventListener('popstate', this.sync);
  }

  private sync = (): void => {
    this.route = parseRoute(this.win.location.pathname);
  };
}

export const [getRouter, setRouter] = createContext<Router>();
