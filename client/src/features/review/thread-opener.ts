import { createContext } from 'svelte';

/**
 * Opens a thread of the document on screen, for the inbox in the top bar. Following a
 * notification of that document only changes the URL's query, so the editor page is not
 * re-created to read `?thread=` again: the page provides this instead (other pages do not).
 */
export type ThreadOpener = (documentId: string, threadId: string) => void;

export const [getThreadOpener, setThreadOpener, hasThreadOpener] = createContext<ThreadOpener>();
