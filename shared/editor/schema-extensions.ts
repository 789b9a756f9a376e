import { getSchema, type AnyExtension } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { GuidanceHint } from './guidance-hint.ts';

/**
 * The node and mark types of a policy document, without anything tied to a browser (carets,
 * placeholders, the Yjs binding). The server builds its ProseMirror schema from this list to
 * read, compare, restore and export documents; it must stay in step with the editor's
 * `editorExtensions` (client/src/features/editor/editor-extensions.ts), which configures the
 * same StarterKit options plus browser-only extensions.
 */
export function schemaExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3] },
      undoRedo: false,
      code: false,
      codeBlock: false,
      strike: false,
      horizontalRule: false,
      dropcursor: false,
      gapcursor: false,
      trailingNode: false,
    }),
    TableKit.configure({ table: { resizable: false } }),
    GuidanceHint,
  ];
}

export const documentSchema = () => getSchema(schemaExtensions());
