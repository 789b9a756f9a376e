import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/**
 * A bounded, streaming reader of Yjs updates (v1 encoding, as y-websocket sends them). Yjs's
 * own `decodeUpdate` builds an object per struct before anyone can look at it, which is the
 * very amplification an attacker uses: a few MiB on the wire become gigabytes on the heap. This
 * reader stops at the first bound crossed, and keeps only what validation needs.
 */

export type StructId = { client: number; clock: number };

/** Type references of Yjs's `ContentType` (yjs/src/structs/ContentType.js). */
export const TypeRef = { array: 0, map: 1, text: 2, xmlElement: 3, xmlFragment: 4, xmlHook: 5, xmlText: 6 } as const;

/** The type reference of a type already in a document (subclasses before their parents). */
export function typeRefOf(type: Y.AbstractType<unknown>): number {
  if (type instanceof Y.XmlElement) return TypeRef.xmlElement;
  if (type instanceof Y.XmlHook) return TypeRef.xmlHook;
  if (type instanceof Y.XmlFragment) return TypeRef.xmlFragment;
  if (type instanceof Y.XmlText) return TypeRef.xmlText;
  if (type instanceof Y.Text) return TypeRef.text;
  if (type instanceof Y.Map) return TypeRef.map;
  if (type instanceof Y.Array) return TypeRef.array;
  // A root type nobody has read yet is a plain AbstractType: it is what its items make of it.
  return -1;
}

export type ContentRecord =
  | { kind: 'deleted' }
  | { kind: 'string'; length: number }
  | { kind: 'type'; typeRef: number; nodeName: string | null }
  | { kind: 'format'; key: string; value: unknown }
  | { kind: 'any'; values: unknown[] };

export type ItemRecord = {
  id: StructId;
  length: number;
  origin: StructId | null;
  rightOrigin: StructId | null;
  /** A root type's name, the id of the parent type's item, or null when copied from a neighbour. */
  parent: string | StructId | null;
  parentSub: string | null;
  content: ContentRecord;
};

export type ReadUpdate = {
  items: ItemRecord[];
  /** Garbage-collected ranges: they carry no content. */
  emptyStructs: number;
  deleteRanges: number;
  /** First clock and clock after the last struct, per client: which structs are new. */
  clients: Map<number, { firstClock: number; endClock: number }>;
  /** Per client, the clock after the last deleted range: deletions of structs not yet seen. */
  deletedUpTo: Map<number, number>;
};

export type UpdateBounds = {
  /** Structs (items, GC and skip ranges) in one update. */
  maxStructs: number;
  /** Ranges in one update's delete set. */
  maxDeleteRanges: number;
};

/** Why an update was refused, for the close reason and the log. */
export class UpdateRefusal extends Error {
  constructor(
    readonly code: 'too_large' | 'not_allowed' | 'foreign_client' | 'over_quota',
    message: string,
  ) {
    super(message);
  }
}

/** Format values (mark attributes) are small objects; anything bigger is not a mark. */
const MAX_FORMAT_JSON = 8 * 1024;
/** Nodes of an attribute value (a number, a string, a column-width list). */
const MAX_ANY_NODES = 256;
const MAX_ANY_DEPTH = 4;

const GC_INFO = 0;
const SKIP_INFO = 10;
const CONTENT_REF_MASK = 0b11111;
const HAS_ORIGIN = 0b10000000;
const HAS_RIGHT_ORIGIN = 0b01000000;
const HAS_PARENT_SUB = 0b00100000;

export function readUpdate(update: Uint8Array, bounds: UpdateBounds): ReadUpdate {
  const decoder = decoding.createDecoder(update);
  const items: ItemRecord[] = [];
  const clients = new Map<number, { firstClock: number; endClock: number }>();
  let structs = 0;
  let emptyStructs = 0;
  const groups = decoding.readVarUint(decoder);
  for (let group = 0; group < groups; group++) {
    // A group costs a map entry even when empty, so groups count against the same bound.
    if (++structs > bounds.maxStructs) throw tooManyStructs(bounds);
    const count = decoding.readVarUint(decoder);
    const client = decoding.readVarUint(decoder);
    const firstClock = decoding.readVarUint(decoder);
    let clock = firstClock;
    for (let i = 0; i < count; i++) {
      if (++structs > bounds.maxStructs) throw tooManyStructs(bounds);
      const info = decoding.readUint8(decoder);
      // Skips only appear in merged updates, which clients never send: what follows a skip
      // would wait for structs that may never come.
      if (info === SKIP_INFO) throw new UpdateRefusal('not_allowed', 'updates with gaps are not accepted');
      if (info === GC_INFO) {
        clock += decoding.readVarUint(decoder);
        emptyStructs++;
        continue;
      }
      const origin = info & HAS_ORIGIN ? readId(decoder) : null;
      const rightOrigin = info & HAS_RIGHT_ORIGIN ? readId(decoder) : null;
      const copiesParent = origin !== null || rightOrigin !== null;
      let parent: string | StructId | null = null;
      let parentSub: string | null = null;
      if (!copiesParent) {
        parent = decoding.readVarUint(decoder) === 1 ? decoding.readVarString(decoder) : readId(decoder);
        if (info & HAS_PARENT_SUB) parentSub = decoding.readVarString(decoder);
      }
      const { content, length } = readContent(decoder, info & CONTENT_REF_MASK);
      items.push({ id: { client, clock }, length, origin, rightOrigin, parent, parentSub, content });
      clock += length;
    }
    const known = clients.get(client);
    clients.set(client, {
      firstClock: Math.min(known?.firstClock ?? firstClock, firstClock),
      endClock: Math.max(known?.endClock ?? clock, clock),
    });
  }
  const { ranges: deleteRanges, deletedUpTo } = readDeleteSet(decoder, bounds.maxDeleteRanges);
  return { items, emptyStructs, deleteRanges, clients, deletedUpTo };
}

const tooManyStructs = (bounds: UpdateBounds) =>
  new UpdateRefusal('too_large', `more than ${bounds.maxStructs} items in one update`);

function readId(decoder: decoding.Decoder): StructId {
  return { client: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder) };
}

function readContent(decoder: decoding.Decoder, ref: number): { content: ContentRecord; length: number } {
  switch (ref) {
    case 1: {
      const length = decoding.readVarUint(decoder);
      return { content: { kind: 'deleted' }, length };
    }
    case 4: {
      const text = decoding.readVarString(decoder);
      return { content: { kind: 'string', length: text.length }, length: text.length };
    }
    case 6: {
      const key = decoding.readVarString(decoder);
      const json = decoding.readVarString(decoder);
      if (json.length > MAX_FORMAT_JSON) throw new UpdateRefusal('not_allowed', 'formatting attributes too large');
      return { content: { kind: 'format', key, value: JSON.parse(json) as unknown }, length: 1 };
    }
    case 7: {
      const typeRef = decoding.readVarUint(decoder);
      const named = typeRef === TypeRef.xmlElement || typeRef === TypeRef.xmlHook;
      const nodeName = named ? decoding.readVarString(decoder) : null;
      return { content: { kind: 'type', typeRef, nodeName }, length: 1 };
    }
    case 8: {
      const length = decoding.readVarUint(decoder);
      // Attributes hold exactly one value; longer lists belong to arrays, which documents lack.
      if (length !== 1) throw new UpdateRefusal('not_allowed', 'lists of values are not part of a document');
      const budget = { nodes: MAX_ANY_NODES };
      return { content: { kind: 'any', values: [readBoundedAny(decoder, budget, 0)] }, length };
    }
    case 2:
    case 3:
    case 5:
    case 9:
      // JSON, binary, embeds and sub-documents: the editor never writes them.
      throw new UpdateRefusal('not_allowed', `content of kind ${ref} is not part of a document`);
    default:
      throw new Error(`unknown content kind ${ref}`);
  }
}

/** lib0's `readAny`, with a bound on nodes and depth so one value cannot fill the heap. */
function readBoundedAny(decoder: decoding.Decoder, budget: { nodes: number }, depth: number): unknown {
  if (--budget.nodes < 0 || depth > MAX_ANY_DEPTH) throw new UpdateRefusal('not_allowed', 'attribute value too large');
  const tag = decoding.readUint8(decoder);
  switch (tag) {
    case 127:
      return undefined;
    case 126:
      return null;
    case 125:
      return decoding.readVarInt(decoder);
    case 124:
      return decoding.readFloat32(decoder);
    case 123:
      return decoding.readFloat64(decoder);
    case 122:
      return decoding.readBigInt64(decoder);
    case 121:
      return false;
    case 120:
      return true;
    case 119:
      return decoding.readVarString(decoder);
    case 118: {
      const size = decoding.readVarUint(decoder);
      const value: Record<string, unknown> = {};
      for (let i = 0; i < size; i++) {
        const key = decoding.readVarString(decoder);
        value[key] = readBoundedAny(decoder, budget, depth + 1);
      }
      return value;
    }
    case 117: {
      const size = decoding.readVarUint(decoder);
      const value: unknown[] = [];
      for (let i = 0; i < size; i++) value.push(readBoundedAny(decoder, budget, depth + 1));
      return value;
    }
    case 116:
      return decoding.readVarUint8Array(decoder);
    default:
      throw new Error(`unknown value tag ${tag}`);
  }
}

/** Counts the delete set's ranges without keeping them; Yjs reads them again when applying. */
function readDeleteSet(decoder: decoding.Decoder, maxRanges: number) {
  let ranges = 0;
  const deletedUpTo = new Map<number, number>();
  const clients = decoding.readVarUint(decoder);
  for (let i = 0; i < clients; i++) {
    if (++ranges > maxRanges) throw tooManyDeletions(maxRanges);
    const client = decoding.readVarUint(decoder);
    const deletes = decoding.readVarUint(decoder);
    for (let j = 0; j < deletes; j++) {
      if (++ranges > maxRanges) throw tooManyDeletions(maxRanges);
      const clock = decoding.readVarUint(decoder);
      const length = decoding.readVarUint(decoder);
      deletedUpTo.set(client, Math.max(deletedUpTo.get(client) ?? 0, clock + length));
    }
  }
  return { ranges, deletedUpTo };
}

const tooManyDeletions = (max: number) => new UpdateRefusal('too_large', `more than ${max} deletions in one update`);
