import { getSchema, type AnyExtension } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import StarterKit, { type StarterKitOptions } from '@tiptap/starter-kit';
import { BlockDirectionAttribute } from './block-direction.ts';
import { GuidanceHint } from './guidance-hint.ts';
import { ImageNode } from './image-node.ts';

/** Heading levels a policy document uses; the sync server refuses any other. */
export const HEADING_LEVELS = [1, 2, 3] as const;

/** The node and mark types every policy document has, wherever it is read or edited. */
const documentStarterKit: Partial<StarterKitOptions> = {
  heading: { levels: [...HEADING_LEVELS] },
  // Yjs undo (from Collaboration) only undoes this user's changes; ProseMirror's history
  // would undo collaborators' text too.
  undoRedo: false,
  code: false,
  codeBlock: false,
  strike: false,
  horizontalRule: false,
};

/**
 * The content extensions of a policy document: one list for the browser's editor and the
 * server's schema, so both always parse the same nodes and marks. `starterKit` adds options
 * that change behaviour but not the schema (link rules, browser-only plugins); `image` is the
 * image node itself or the editor's extension of it (upload, alt text), with the same schema.
 */
export function contentExtensions(starterKit: Partial<StarterKitOptions> = {}, image: AnyExtension = ImageNode): AnyExtension[] {
  return [
    StarterKit.configure({ ...documentStarterKit, ...starterKit }),
    TableKit.configure({ table: { resizable: false } }),
    GuidanceHint,
    image,
    BlockDirectionAttribute,
  ];
}

/**
 * Without anything tied to a browser: the server builds its ProseMirror schema from this list
 * to read, compare, restore and export documents.
 */
export const schemaExtensions = (): AnyExtension[] =>
  contentExtensions({ dropcursor: false, gapcursor: false, trailingNode: false });

export const documentSchema = () => getSchema(schemaExtensions());
