import * as Y from 'yjs';
import { DOC_CONTENT_FIELD } from '../../shared/collab/protocol.ts';
import { markNameOfFormatKey, type ContentAllowList } from '../../shared/editor/content-allow-list.ts';
import { deleteRangesCost, emptyStructsCost, itemCost } from './document-cost.ts';
import {
  readUpdate,
  TypeRef,
  typeRefOf,
  UpdateRefusal,
  type ContentRecord,
  type ItemRecord,
  type StructId,
  type UpdateBounds,
} from './update-reader.ts';

export type ValidationContext = {
  doc: Y.Doc;
  allowList: ContentAllowList;
  bounds: UpdateBounds;
  userId: string;
  /** The user who first sent structs of this Yjs client id in this document, if any. */
  ownerOf(clientId: number): string | null;
};

/**
 * `accept` with the decoded-size estimate of what the update adds, or `wait` when it builds on
 * structs the server does not have yet (a client typing while its offline edits are still on
 * their way): it is checked again once more updates of that connection are in.
 */
export type Verdict = { kind: 'accept'; cost: number; structs: number; newClients: number[] } | { kind: 'wait' };

/** Where an item lands: in which type, and under which key (an attribute) or in its list. */
type Container =
  | { kind: 'root'; name: string }
  | { kind: 'type'; typeRef: number; nodeName: string | null }
  /** The parent was garbage-collected: Yjs drops the item's content. */
  | { kind: 'discarded' }
  | { kind: 'unknown' };
type Placement = { container: Container; key: string | null };

const UNKNOWN: Placement = { container: { kind: 'unknown' }, key: null };
const DISCARDED: Placement = { container: { kind: 'discarded' }, key: null };

/**
 * Checks one sync update before it touches the document: its size within bounds, every new
 * struct's client id owned by the sender, and every new node, mark and attribute allowed by
 * the editor's schema. Throws `UpdateRefusal`; a malformed update throws a plain error.
 */
export function validateUpdate(update: Uint8Array, context: ValidationContext): Verdict {
  const { doc } = context;
  const read = readUpdate(update, context.bounds);
  const stateOf = (client: number) => Y.getState(doc.store, client);

  const newClients: number[] = [];
  for (const [client, range] of read.clients) {
    if (range.endClock <= stateOf(client)) continue;
    newClients.push(client);
    if (client === doc.clientID) throw new UpdateRefusal('foreign_client', 'client id belongs to the server');
    const owner = context.ownerOf(client);
    if (owner !== null && owner !== context.userId) {
      throw new UpdateRefusal('foreign_client', `client id ${client} belongs to another member`);
    }
  }

  const placements = new Placements(doc, read.items);
  let cost = emptyStructsCost(read.emptyStructs) + deleteRangesCost(read.deleteRanges);
  let waits = false;
  for (const item of read.items) {
    if (item.id.clock + item.length <= stateOf(item.id.client)) continue; // already here: a no-op
    const placement = placements.of(item);
    if (placement.container.kind === 'unknown') {
      waits = true;
      continue;
    }
    checkAllowed(placement, item.content, context.allowList);
    cost += itemCost(item.content);
  }
  for (const [client, range] of read.clients) {
    if (range.firstClock > stateOf(client)) waits = true; // follows structs not received yet
  }
  for (const [client, upTo] of read.deletedUpTo) {
    if (upTo > Math.max(stateOf(client), read.clients.get(client)?.endClock ?? 0)) waits = true;
  }
  const structs = read.items.length + read.emptyStructs + read.deleteRanges;
  return waits ? { kind: 'wait' } : { kind: 'accept', cost, structs, newClients };
}

/** Resolves each item's parent as Yjs will when integrating it, from the update or the doc. */
class Placements {
  private readonly byClient = new Map<number, ItemRecord[]>();
  private readonly memo = new Map<ItemRecord, Placement>();

  constructor(
    private readonly doc: Y.Doc,
    items: ItemRecord[],
  ) {
    for (const item of items) {
      const list = this.byClient.get(item.id.client);
      if (list) list.push(item);
      else this.byClient.set(item.id.client, [item]);
    }
  }

  of(item: ItemRecord): Placement {
    // Chains of neighbours are followed in a loop, not recursively: a long paste is one chain.
    const chain = new Set<ItemRecord>();
    let current = item;
    let placement: Placement;
    for (;;) {
      const settled = this.memo.get(current) ?? this.direct(current);
      if (settled) {
        placement = settled;
        break;
      }
      chain.add(current);
      const left = current.origin ? this.locate(current.origin) : null;
      const right = current.rightOrigin ? this.locate(current.rightOrigin) : null;
      if (left === undefined || right === undefined) {
        placement = UNKNOWN;
        break;
      }
      // As Yjs does: next to a garbage-collected struct an item is dropped; otherwise it
      // takes the parent of its left neighbour, or of its right one.
      if (left instanceof Y.GC || right instanceof Y.GC) {
        placement = DISCARDED;
        break;
      }
      const neighbour = (left ?? right) as ItemRecord | Y.Item;
      if (neighbour instanceof Y.Item) {
        placement = neighbour.parent instanceof Y.AbstractType
          ? { container: describeType(neighbour.parent), key: neighbour.parentSub }
          : DISCARDED;
        break;
      }
      if (chain.has(neighbour)) {
        placement = UNKNOWN;
        break;
      }
      current = neighbour;
    }
    for (const link of chain) this.memo.set(link, placement);
    return placement;
  }

  /** The placement written in the item itself, when it has no neighbour to copy it from. */
  private direct(item: ItemRecord): Placement | undefined {
    if (typeof item.parent === 'string') return { container: { kind: 'root', name: item.parent }, key: item.parentSub };
    if (item.parent !== null) return { container: this.typeAt(item.parent), key: item.parentSub };
    return undefined;
  }

  private locate(id: StructId): ItemRecord | Y.Item | Y.GC | undefined {
    return this.inUpdate(id) ?? this.inDoc(id);
  }

  private typeAt(id: StructId): Container {
    const inUpdate = this.inUpdate(id);
    if (inUpdate) return typeContainer(inUpdate.content);
    const struct = this.inDoc(id);
    if (struct === undefined) return { kind: 'unknown' };
    if (struct instanceof Y.GC) return { kind: 'discarded' };
    if (!(struct.content instanceof Y.ContentType)) throw new UpdateRefusal('not_allowed', 'parent is not a type');
    return describeType(struct.content.type);
  }

  private inUpdate(id: StructId): ItemRecord | undefined {
    const list = this.byClient.get(id.client);
    if (!list) return undefined;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const candidate = list[middle] as ItemRecord;
      if (id.clock < candidate.id.clock) high = middle - 1;
      else if (id.clock >= candidate.id.clock + candidate.length) low = middle + 1;
      else return candidate;
    }
    return undefined;
  }

  private inDoc(id: StructId): Y.Item | Y.GC | undefined {
    if (id.clock >= Y.getState(this.doc.store, id.client)) return undefined;
    return Y.getItem(this.doc.store, Y.createID(id.client, id.clock)) as Y.Item | Y.GC;
  }
}

function typeContainer(content: ContentRecord): Container {
  if (content.kind !== 'type') throw new UpdateRefusal('not_allowed', 'parent is not a type');
  return { kind: 'type', typeRef: content.typeRef, nodeName: content.nodeName };
}

function describeType(type: Y.AbstractType<unknown>): Container {
  if (type._item === null) return { kind: 'root', name: Y.findRootTypeKey(type) };
  return { kind: 'type', typeRef: typeRefOf(type), nodeName: type instanceof Y.XmlElement ? type.nodeName : null };
}

/** The editor's schema, applied to one struct in its place. */
function checkAllowed({ container, key }: Placement, content: ContentRecord, allowList: ContentAllowList): void {
  if (container.kind === 'discarded' || content.kind === 'deleted') return;
  const refuse = (why: string) => new UpdateRefusal('not_allowed', why);
  if (container.kind === 'root') {
    if (container.name !== DOC_CONTENT_FIELD || key !== null) throw refuse(`unknown shared type "${container.name}"`);
    return checkChild(content, allowList);
  }
  if (container.kind !== 'type') return;
  if (container.typeRef === TypeRef.xmlElement) {
    if (key === null) return checkChild(content, allowList);
    const check = allowList.nodes.get(container.nodeName ?? '')?.get(key);
    if (!check) throw refuse(`attribute "${key}" is not allowed on ${container.nodeName}`);
    if (content.kind !== 'any' || !check(content.values[0])) throw refuse(`invalid value of ${container.nodeName}.${key}`);
    return;
  }
  if (container.typeRef === TypeRef.xmlText && key === null) {
    if (content.kind === 'string') return;
    if (content.kind === 'format') return checkMark(content.key, content.value, allowList);
  }
  throw refuse('content is not part of a document');
}

function checkChild(content: ContentRecord, allowList: ContentAllowList): void {
  if (content.kind === 'type' && content.typeRef === TypeRef.xmlText) return;
  if (content.kind === 'type' && content.typeRef === TypeRef.xmlElement && allowList.nodes.has(content.nodeName ?? '')) return;
  const what = content.kind === 'type' ? `node "${content.nodeName ?? content.typeRef}"` : `${content.kind} content`;
  throw new UpdateRefusal('not_allowed', `${what} is not allowed in a document`);
}

function checkMark(key: string, value: unknown, allowList: ContentAllowList): void {
  const name = markNameOfFormatKey(key);
  const checks = allowList.marks.get(name);
  if (!checks) throw new UpdateRefusal('not_allowed', `mark "${name}" is not allowed`);
  if (value === null) return; // the end of a formatted range
  if (typeof value !== 'object' || Array.isArray(value)) throw new UpdateRefusal('not_allowed', `invalid ${name} mark`);
  for (const [attribute, attributeValue] of Object.entries(value)) {
    const check = checks.get(attribute);
    if (!check || !check(attributeValue)) throw new UpdateRefusal('not_allowed', `invalid ${name}.${attribute}`);
  }
}
