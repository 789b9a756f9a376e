import * as Y from 'yjs';
import { readUpdate, typeRefOf, UpdateRefusal, type ContentRecord } from './update-reader.ts';

/**
 * Estimates of the heap a document's structs take once decoded, in bytes. The per-document
 * quota is on this estimate rather than on encoded bytes, because encoded bytes understate
 * memory by up to two orders of magnitude for many tiny structs. The constants are rounded up
 * from heap snapshots of Yjs 13 items (Item + ID + content object).
 */
const ITEM_BYTES = 200;
const EMPTY_STRUCT_BYTES = 48;
const TYPE_BYTES = 400;
const VALUE_BYTES = 100;
const DELETE_RANGE_BYTES = 48;

export function contentCost(content: ContentRecord): number {
  switch (content.kind) {
    case 'deleted':
      return 0;
    case 'string':
      return content.length * 2;
    case 'type':
      return TYPE_BYTES + (content.nodeName?.length ?? 0) * 2;
    case 'format':
      return VALUE_BYTES + content.key.length * 2 + jsonLength(content.value) * 2;
    case 'any':
      return VALUE_BYTES + jsonLength(content.values) * 2;
  }
}

export const itemCost = (content: ContentRecord): number => ITEM_BYTES + contentCost(content);
export const emptyStructsCost = (count: number): number => count * EMPTY_STRUCT_BYTES;
export const deleteRangesCost = (count: number): number => count * DELETE_RANGE_BYTES;

/** The estimate for a whole loaded document, recomputed when it is loaded and compacted. */
export function documentCost(doc: Y.Doc): number {
  let total = 0;
  for (const structs of doc.store.clients.values()) {
    for (const struct of structs) {
      total += struct instanceof Y.Item ? itemCost(describeContent(struct.content)) : EMPTY_STRUCT_BYTES;
    }
  }
  return total;
}

/** The reader's description of a decoded item's content, so both are costed alike. */
export function describeContent(content: Y.Item['content']): ContentRecord {
  if (content instanceof Y.ContentString) return { kind: 'string', length: content.str.length };
  if (content instanceof Y.ContentType) {
    const type = content.type;
    return { kind: 'type', typeRef: typeRefOf(type), nodeName: type instanceof Y.XmlElement ? type.nodeName : null };
  }
  if (content instanceof Y.ContentFormat) return { kind: 'format', key: content.key, value: content.value };
  if (content instanceof Y.ContentAny) return { kind: 'any', values: content.arr };
  return { kind: 'deleted' };
}

function jsonLength(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    // BigInt and binary values do not stringify; they are small by the reader's bounds.
    return 16;
  }
}

/**
 * Decoded bytes per encoded byte stay below this for any struct (an item needs a few bytes on
 * the wire and about ITEM_BYTES on the heap): stored documents smaller than the quota divided
 * by it cannot exceed the quota once loaded, and skip the estimate.
 */
const MAX_AMPLIFICATION = 100;
/**
 * The same for content the reader refuses (lists of values, JSON, embeds, oversized marks),
 * which Yjs decodes into JS values: at most a few machine words per encoded byte.
 */
const REFUSED_CONTENT_AMPLIFICATION = 16;

/**
 * The estimated decoded size of stored updates, read without applying them, or Infinity once
 * past `limit`. Updates stored before validation existed may hold anything.
 */
export function storedCost(updates: readonly Uint8Array[], limit: number): number {
  const storedBytes = updates.reduce((sum, update) => sum + update.byteLength, 0);
  if (storedBytes * MAX_AMPLIFICATION <= limit) return storedBytes;
  const maxStructs = Math.ceil(limit / ITEM_BYTES);
  let total = 0;
  for (const update of updates) {
    try {
      const read = readUpdate(update, { maxStructs, maxDeleteRanges: maxStructs });
      total += emptyStructsCost(read.emptyStructs) + deleteRangesCost(read.deleteRanges);
      for (const item of read.items) total += itemCost(item.content);
    } catch (error) {
      if (!(error instanceof UpdateRefusal)) throw error;
      // Past the struct bound the update alone is past the quota; other refusals are content.
      total += error.code === 'too_large' ? Number.POSITIVE_INFINITY : update.byteLength * REFUSED_CONTENT_AMPLIFICATION;
    }
    if (total > limit) return Number.POSITIVE_INFINITY;
  }
  return total;
}
