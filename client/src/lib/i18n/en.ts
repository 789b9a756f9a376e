/**
 * English messages: the reference dictionary. Keys are flat and dotted by feature so a
 * translator can work through one area at a time; `{name}` marks an interpolated value.
 */
export const en = {
  'app.name': 'Cadre',
  'app.home': 'Cadre — back to documents',
  'app.skipToContent': 'Skip to content',

  'language.label': 'Language',

  'identity.label': 'Your display name',
  'identity.hint': 'Shown to others next to your cursor',
  'identity.edit': 'Change your display name (currently {name})',
  'identity.save': 'Save',
  'identity.cancel': 'Cancel',
  'identity.defaultName': 'Guest {number}',

  'documents.heading': 'Documents',
  'documents.intro': 'Policy documents your working group drafts together.',
  'documents.create.label': 'New document title',
  'documents.create.placeholder': 'e.g. National migration strategy 2026–2030',
  'documents.create.submit': 'Create document',
  'documents.empty': 'No documents yet. Create the first one above.',
  'documents.loading': 'Loading documents…',
  'documents.open': 'Open',
  'documents.rename': 'Rename',
  'documents.renameNamed': 'Rename “{title}”',
  'documents.renameLabel': 'New title for “{title}”',
  'documents.renameSave': 'Save title',
  'documents.renameCancel': 'Cancel',
  'documents.updated': 'Updated {date}',
  'documents.listLabel': 'All documents',
  'documents.notFound': 'This document does not exist or you may not open it.',
  'documents.backToList': 'Back to documents',

  'errors.generic': 'Something went wrong: {message}',
  'errors.network': 'The server could not be reached. Check your connection and try again.',
  'errors.titleRequired': 'Please enter a title.',
  'errors.retry': 'Try again',

  'title.label': 'Document title',

  'status.label': 'Connection status',
  'status.connecting': 'Connecting…',
  'status.saved': 'Saved',
  'status.saving': 'Saving…',
  'status.offline': 'Offline — your changes are kept',
  'status.reconnecting': 'Reconnecting…',
  'status.closed.unauthenticated': 'Your session has ended. Sign in again to keep editing.',
  'status.closed.forbidden': 'You are not allowed to edit this document.',
  'status.closed.notFound': 'This document no longer exists or you may no longer open it.',
  'status.closed.other': 'The connection was closed by the server (code {code}).',

  'presence.label': 'People in this document',
  'presence.you': '{name} (you)',
  'presence.more': '{count} more',

  'outline.heading': 'Outline',
  'outline.empty': 'Headings you add appear here.',
  'outline.label': 'Document outline',

  'editor.label': 'Document text',
  'editor.loading': 'Opening document…',
  'editor.placeholder': 'Start writing…',

  'toolbar.label': 'Formatting',
  'toolbar.undo': 'Undo',
  'toolbar.redo': 'Redo',
  'toolbar.paragraph': 'Normal text',
  'toolbar.heading': 'Heading {level}',
  'toolbar.bold': 'Bold',
  'toolbar.italic': 'Italic',
  'toolbar.underline': 'Underline',
  'toolbar.bulletList': 'Bulleted list',
  'toolbar.orderedList': 'Numbered list',
  'toolbar.blockquote': 'Quote',
  'toolbar.link': 'Link',
  'toolbar.table': 'Insert table',
  'toolbar.addRow': 'Add row below',
  'toolbar.addColumn': 'Add column after',
  'toolbar.deleteRow': 'Delete row',
  'toolbar.deleteColumn': 'Delete column',
  'toolbar.deleteTable': 'Delete table',
  'toolbar.shortcut': '{label} ({shortcut})',

  'link.label': 'Link address',
  'link.placeholder': 'https://…',
  'link.apply': 'Apply link',
  'link.remove': 'Remove link',
  'link.cancel': 'Cancel',
  'link.invalid': 'Only http, https and mailto addresses are allowed.',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
export type Messages = Readonly<Record<MessageKey, string>>;
