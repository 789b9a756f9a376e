import { getSchema, type AnyExtension } from '@tiptap/core';
import { Blockquote } from '@tiptap/extension-blockquote';
import { Bold } from '@tiptap/extension-bold';
import { Document } from '@tiptap/extension-document';
import { HardBreak } from '@tiptap/extension-hard-break';
import { Heading } from '@tiptap/extension-heading';
import { Italic } from '@tiptap/extension-italic';
// Each list extension from its own entry: the package's index brings task lists too.
import { BulletList } from '@tiptap/extension-list/bullet-list';
import { ListItem } from '@tiptap/extension-list/item';
import { ListKeymap } from '@tiptap/extension-list/keymap';
import { OrderedList } from '@tiptap/extension-list/ordered-list';
import { Paragraph } from '@tiptap/extension-paragraph';
import { TableKit } from '@tiptap/extension-table';
import { Text } from '@tiptap/extension-text';
import { Underline } from '@tiptap/extension-underline';
import { Dropcursor } from '@tiptap/extensions/drop-cursor';
import { Gapcursor } from '@tiptap/extensions/gap-cursor';
import { TrailingNode } from '@tiptap/extensions/trailing-node';
import { BlockDirectionAttribute } from './block-direction-attribute.ts';
import { HEADING_LEVELS } from './content-rules.ts';
import { GuidanceHint } from './guidance-hint.ts';
import { ImageNode } from './image-node.ts';
import { LinkMark } from './link-mark.ts';

export interface ContentExtensionOptions {
  /** The link mark itself or the editor's configuration of it (same schema). */
  link?: AnyExtension;
  /** The image node itself or the editor's extension of it (upload, alt text; same schema). */
  image?: AnyExtension;
  /** Adds what only editing in a browser needs: drop and gap cursors, a paragraph after a last table. */
  editing?: boolean;
}

/**
 * The content extensions of a policy document: one list for the browser's editor and the
 * server's schema, so both always parse the same nodes and marks. The extensions are listed
 * one by one rather than through Tiptap's starter kit, which bundles every extension it knows
 * (code blocks, rules, strike, its own undo history, the link recogniser) into the editor page
 * even when switched off. No code, code block, strike or horizontal rule: a policy document
 * has none. No ProseMirror history: Yjs undo (from Collaboration) only undoes this user's
 * changes, where ProseMirror's would undo collaborators' text too.
 */
export function contentExtensions({ link = LinkMark, image = ImageNode, editing = false }: ContentExtensionOptions = {}): AnyExtension[] {
  return [
    Bold,
    Blockquote,
    BulletList,
    Document,
    ...(editing ? [Dropcursor, Gapcursor] : []),
    HardBreak,
    Heading.configure({ levels: [...HEADING_LEVELS] }),
    Italic,
    ListItem,
    ListKeymap,
    link,
    OrderedList,
    Paragraph,
    Text,
    Underline,
    ...(editing ? [TrailingNode] : []),
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
export const schemaExtensions = (): AnyExtension[] => contentExtensions();

export const documentSchema = () => getSchema(schemaExtensions());
