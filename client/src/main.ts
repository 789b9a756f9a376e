import './app.css';
import { preloadPage } from './lib/routing/pages.ts';
import { parseRoute } from './lib/routing/routes.ts';
import { wasSignedInBefore } from './lib/session/signed-in-before.ts';
import { safeStorage } from './lib/storage/safe-storage.ts';

// The app's first script, kept small: on a slow link the page's code is most of what a visit
// waits for, so its download starts now, beside the app's own code (which index.html preloads,
// see scripts/preload-app-code.ts), rather than once the app has run. `App` asks for the same
// page again and shares this download.
preloadPage(parseRoute(location.pathname), wasSignedInBefore(safeStorage()));
await import('./start-app.ts');
