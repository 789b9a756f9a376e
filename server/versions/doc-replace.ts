import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import type { Schema } from '@tiptap/pm/model';
import type * as Y from 'yjs';
import { DOC_CONTENT_FIELD } from '../../shared/collab/protocol.ts';
import { documentSchema } from '../../shared/editor/schema-extensions.ts';
import type { PmNode } from '../../shared/schemas/versions.ts';
import { HttpError } from '../http/errors.ts';

/*
 * Writing a document's content needs the editor's schema and the binding, hence Tiptap and
 * ProseMirror: about 10 MB the server would otherwise hold from its start. Only restores,
 * templates, variants, imports and the demo write content, so callers load this module when
 * they do (`await import`), and reading content (`doc-content.ts`) needs neither.
 */

let cachedSchema: Schema | undefined;
/** The editor's schema, built once: it is immutable and costly to build per request. */
function editorSchema(): Schema {
  cachedSchema ??= documentSchema();
  return cachedSchema;
}

/**
 * Makes the doc's rich text equal to `content`. y-tiptap updates the fragment in place (it
 * diffs against what is there), so a restore is an ordinary change on top of the history.
 */
export function replaceDocContent(doc: Y.Doc, content: PmNode): void {
  let node: PmNode;
  try {
    // Validated before touching the doc, so an unknown node cannot leave it half-replaced.
    node = editorSchema().nodeFromJSON(content).toJSON() as PmNode;
  } catch (error) {
    throw new HttpError(422, 'unrestorable_content', `this version holds content the editor cannot load: ${String(error)}`);
  }
  prosemirrorJSONToYXmlFragment(editorSchema(), node, doc.getXmlFragment(DOC_CONTENT_FIELD));
}
