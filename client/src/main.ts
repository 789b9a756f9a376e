import './app.css';
import { DOCUMENT_DETAIL_PATH } from '../../shared/api/document-paths.ts';
import { readEarly } from './lib/api/early-reads.ts';
import { preloadPage } from './lib/routing/pages.ts';
import { parseRoute } from './lib/routing/routes.ts';
import { wasSignedInBefore } from './lib/session/signed-in-before.ts';
import { safeStorage } from './lib/storage/safe-storage.ts';

// The app's first script, kept small: on a slow link the page's code is most of what a visit
// waits for, so its download starts now, beside the app's own code (which index.html preloads,
// see scripts/preload-app-code.ts), rather than once the app has run. `App` asks for the same
// page again and shares this download.
const route = parseRoute(location.pathname);
preloadPage(route, wasSignedInBefore(safeStorage()));
// The document's details decide whether its text may be typed in: asked for now, the answer is
// there when the editor's code is (see early-reads.ts). Like the page's code, whoever follows a
// document's link is most likely signed in; if not, the refusal is small and not taken.
if (route.name === 'document') readEarly(DOCUMENT_DETAIL_PATH.replace(':id', encodeURIComponent(route.id)));
await import('./start-app.ts');
