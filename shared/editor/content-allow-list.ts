import type { Schema } from '@tiptap/pm/model';
import { IMAGE_WIDTH_RANGE, imageIdOfSrc, MAX_IMAGE_ALT } from './image-rules.ts';
import { BLOCK_DIRECTIONS } from './block-direction.ts';
import { HEADING_LEVELS, isSafeHref } from './content-rules.ts';
import { DOCUMENT_SHAPE } from './document-shape.ts';

/** Whether one attribute value may be stored in a document. */
export type AttributeCheck = (value: unknown) => boolean;

/**
 * What a policy document may contain, derived from the editor's own schema so that the sync
 * server and the editor can never disagree: element node names and mark names with a check
 * for each of their attributes.
 */
export type ContentAllowList = {
  nodes: ReadonlyMap<string, ReadonlyMap<string, AttributeCheck>>;
  marks: ReadonlyMap<string, ReadonlyMap<string, AttributeCheck>>;
};

export const MAX_ATTRIBUTE_TEXT = 2048;
export const MAX_TABLE_SPAN = 100;
const MAX_COLUMN_WIDTH = 10_000;

const integerIn = (min: number, max: number): AttributeCheck => (value) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
const textUpTo = (max: number): AttributeCheck => (value) => typeof value === 'string' && value.length <= max;
const orNull = (check: AttributeCheck): AttributeCheck => (value) => value === null || check(value);
const oneOf = (...allowed: unknown[]): AttributeCheck => (value) => allowed.includes(value);

const columnWidths: AttributeCheck = (value) =>
  Array.isArray(value) && value.length <= MAX_TABLE_SPAN && value.every(integerIn(0, MAX_COLUMN_WIDTH));

const cellChecks: Record<string, AttributeCheck> = {
  colspan: integerIn(1, MAX_TABLE_SPAN),
  rowspan: integerIn(1, MAX_TABLE_SPAN),
  colwidth: orNull(columnWidths),
  align: orNull(oneOf('left', 'center', 'right')),
};

/** Checks stricter than "a value of the default's kind", where a wild value does harm. */
const direction: AttributeCheck = orNull(oneOf(...BLOCK_DIRECTIONS));

const specificChecks: Record<string, Record<string, AttributeCheck>> = {
  heading: { level: oneOf(...HEADING_LEVELS), dir: direction },
  paragraph: { dir: direction },
  orderedList: { start: integerIn(0, 1_000_000), type: orNull(textUpTo(8)) },
  tableCell: cellChecks,
  tableHeader: cellChecks,
  link: {
    href: orNull((value) => textUpTo(MAX_ATTRIBUTE_TEXT)(value) && isSafeHref(value as string)),
    target: orNull(textUpTo(16)),
    rel: orNull(textUpTo(64)),
    class: orNull(textUpTo(128)),
    title: orNull(textUpTo(512)),
  },
  // Only an image Cadre stores: a src on another site would make every reader's browser call it.
  // That the id belongs to this document is checked where it is read: the image route answers
  // only readers of the image's own document, and exports embed only the document's own images.
  image: {
    src: (value) => imageIdOfSrc(value) !== null,
    alt: textUpTo(MAX_IMAGE_ALT),
    width: orNull(integerIn(IMAGE_WIDTH_RANGE.min, IMAGE_WIDTH_RANGE.max)),
  },
};

const scalar: AttributeCheck = (value) =>
  value === null ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  textUpTo(MAX_ATTRIBUTE_TEXT)(value);

/**
 * The kind of an attribute's default value, which an attribute without a specific check must
 * keep: `any` for a default of null or none.
 */
export type AttributeKind = 'number' | 'boolean' | 'string' | 'any';

/**
 * The element nodes and marks of a schema, each with its attributes and their kinds: all the
 * allow-list needs from the editor's schema. The policy document's is kept in
 * `document-shape.ts`, generated from the editor's extensions and checked against them by a
 * test, so that the sync server checks edits without loading Tiptap and ProseMirror.
 */
export type DocumentShape = {
  nodes: Record<string, Record<string, AttributeKind>>;
  marks: Record<string, Record<string, AttributeKind>>;
};

function kindOf(defaultValue: unknown): AttributeKind {
  const kind = typeof defaultValue;
  return kind === 'number' || kind === 'boolean' || kind === 'string' ? kind : 'any';
}

const attributeKinds = (attrs: Record<string, { default?: unknown }> | undefined): Record<string, AttributeKind> =>
  Object.fromEntries(Object.entries(attrs ?? {}).map(([attribute, spec]) => [attribute, kindOf(spec.default)]));

/** The shape of a ProseMirror schema. */
export function shapeOf(schema: Schema): DocumentShape {
  const nodes: DocumentShape['nodes'] = {};
  for (const [name, type] of Object.entries(schema.nodes)) {
    // `doc` is the root fragment itself and `text` lives in text types: neither is an element.
    if (name === schema.topNodeType.name || type.isText) continue;
    nodes[name] = attributeKinds(type.spec.attrs);
  }
  const marks: DocumentShape['marks'] = {};
  for (const [name, type] of Object.entries(schema.marks)) marks[name] = attributeKinds(type.spec.attrs);
  return { nodes, marks };
}

/** For an attribute without a specific check: a bounded value of the same kind as its default. */
const kindChecks: Record<AttributeKind, AttributeCheck> = {
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  boolean: (value) => typeof value === 'boolean',
  string: textUpTo(MAX_ATTRIBUTE_TEXT),
  any: scalar,
};

const attributeChecks = (name: string, kinds: Record<string, AttributeKind>): ReadonlyMap<string, AttributeCheck> =>
  new Map(Object.entries(kinds).map(([attribute, kind]) => [attribute, specificChecks[name]?.[attribute] ?? kindChecks[kind]]));

const checksOf = (elements: Record<string, Record<string, AttributeKind>>) =>
  new Map(Object.entries(elements).map(([name, kinds]) => [name, attributeChecks(name, kinds)]));

/** The policy document's allow-list. */
export function contentAllowList(): ContentAllowList {
  return { nodes: checksOf(DOCUMENT_SHAPE.nodes), marks: checksOf(DOCUMENT_SHAPE.marks) };
}

/**
 * The mark a text format key stands for. The collaboration binding stores marks that may
 * overlap themselves under `name--<8-character hash>`.
 */
export function markNameOfFormatKey(key: string): string {
  return /^(.*)--[a-zA-Z0-9+/=]{8}$/.exec(key)?.[1] ?? key;
}
