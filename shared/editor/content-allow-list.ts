import type { Schema } from '@tiptap/pm/model';
import { IMAGE_WIDTH_RANGE, imageIdOfSrc, MAX_IMAGE_ALT } from '../schemas/images.ts';
import { BLOCK_DIRECTIONS } from './block-direction.ts';
import { isSafeHref } from './link-mark.ts';
import { documentSchema, HEADING_LEVELS } from './schema-extensions.ts';

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

/** For an attribute without a specific check: a bounded value of the same kind as its default. */
function checkLike(defaultValue: unknown): AttributeCheck {
  if (typeof defaultValue === 'number') return (value) => typeof value === 'number' && Number.isFinite(value);
  if (typeof defaultValue === 'boolean') return (value) => typeof value === 'boolean';
  if (typeof defaultValue === 'string') return textUpTo(MAX_ATTRIBUTE_TEXT);
  return scalar;
}

function attributeChecks(name: string, attrs: Record<string, { default?: unknown }> | undefined) {
  const checks = new Map<string, AttributeCheck>();
  for (const [attribute, spec] of Object.entries(attrs ?? {})) {
    checks.set(attribute, specificChecks[name]?.[attribute] ?? checkLike(spec.default));
  }
  return checks;
}

/** The allow-list of a schema; by default the policy document's. */
export function contentAllowList(schema: Schema = documentSchema()): ContentAllowList {
  const nodes = new Map<string, ReadonlyMap<string, AttributeCheck>>();
  for (const [name, type] of Object.entries(schema.nodes)) {
    // `doc` is the root fragment itself and `text` lives in text types: neither is an element.
    if (name === schema.topNodeType.name || type.isText) continue;
    nodes.set(name, attributeChecks(name, type.spec.attrs));
  }
  const marks = new Map<string, ReadonlyMap<string, AttributeCheck>>();
  for (const [name, type] of Object.entries(schema.marks)) marks.set(name, attributeChecks(name, type.spec.attrs));
  return { nodes, marks };
}

/**
 * The mark a text format key stands for. The collaboration binding stores marks that may
 * overlap themselves under `name--<8-character hash>`.
 */
export function markNameOfFormatKey(key: string): string {
  return /^(.*)--[a-zA-Z0-9+/=]{8}$/.exec(key)?.[1] ?? key;
}
