import './app.css';
import { DOCUMENT_CONTENT_PATH, DOCUMENT_DETAIL_PATH, SESSION_PATH } from '../../shared/api/early-paths.ts';
import { readEarly } from './lib/api/early-reads.ts';
import { startingLocale } from './lib/i18n/locales.ts';
import { loadTranslatedShell } from './lib/i18n/shell-loaders.ts';
import { loadMessages, loadTables } from './lib/i18n/text-loaders.ts';
import { preloadPage } from './lib/routing/pages.ts';
import { parseRoute } from './lib/routing/routes.ts';
import { mayHaveLocalCopy } from './lib/offline/copy-names.ts';
import { wasSignedInBefore } from './lib/session/signed-in-before.ts';
import { safeStorage } from './lib/storage/safe-storage.ts';

// The app's first script, kept small (no Svelte, no zod): on a slow link what a visit waits for
// is mostly downloads, so it starts those the app would only ask for once it has run, beside the
// app's own code (which index.html preloads, see scripts/preload-app-code.ts). The app asks for
// the same things again and shares these downloads.
const storage = safeStorage();

// The app is shown once its language's first texts are in: a French, Portuguese, Spanish or
// Arabic visitor's are asked for first, ahead of the page's larger files on the browser's few
// connections (English's are in the app's code).
const locale = startingLocale(storage, navigator.languages);
if (locale !== 'en') void loadTranslatedShell(locale).catch(() => {});

// The page's code, most of what a visit waits for; then who is signed in and the page's words
// past the shell's (the document's page: every message), which it waits for too. The session
// probe answers everyone (no one, to a visitor).
const route = parseRoute(location.pathname);
const signedInBefore = wasSignedInBefore(storage);
const page = preloadPage(route, signedInBefore);
readEarly(SESSION_PATH);
if (page.texts !== 'shell') void loadMessages(locale).catch(() => {});
if (page.texts === 'all') void loadTables(locale).catch(() => {});

// The document's details decide whether its text may be typed in: the answer is there when the
// editor's code is (see early-reads.ts). Like the page's code, whoever follows a document's link
// is most likely signed in; if not, the refusal is small and not taken.
// So is its text, on this browser's first visit of it (later visits open the copy kept here):
// shown when the editor's code has run, not two round trips later over the sync socket. Copies
// are kept only for people signed in, and removed at sign-out: on a browser nobody was signed in
// on, the text is asked for without first asking IndexedDB (50-90 ms in a fresh browser).
if (route.name === 'document') {
  const documentPath = (path: string) => path.replace(':id', encodeURIComponent(route.id));
  readEarly(documentPath(DOCUMENT_DETAIL_PATH));
  const readText = () => readEarly(documentPath(DOCUMENT_CONTENT_PATH));
  if (!signedInBefore) readText();
  else
    void mayHaveLocalCopy(route.id).then((kept) => {
      if (!kept) readText();
    });
}

await import('./start-app.ts');
