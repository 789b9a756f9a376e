import { updateYFragment, prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOC_CONTENT_FIELD } from '../../shared/collab/protocol.ts';
import { contentAllowList } from '../../shared/editor/content-allow-list.ts';
import { documentSchema } from '../../shared/editor/schema-extensions.ts';
import { UpdateRefusal } from './update-reader.ts';
import { validateUpdate, type ValidationContext } from './update-validator.ts';

const schema = documentSchema();
const allowList = contentAllowList();
const bounds = { maxStructs: 100_000, maxDeleteRanges: 100_000 };

type Json = { type: string; attrs?: Record<string, unknown>; content?: Json[]; text?: string; marks?: Json[] };

const word = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom('a', 'é', ' ', 'ب', 'z', '1') });
const mark: fc.Arbitrary<Json> = fc.oneof(
  fc.constant({ type: 'bold' }),
  fc.constant({ type: 'italic' }),
  fc.constant({ type: 'underline' }),
  fc.constantFrom('https://gov.example/plan', 'mailto:a@b.c', '/relative').map((href) => ({ type: 'link', attrs: { href } })),
);
const text: fc.Arbitrary<Json> = fc
  .record({ text: word, marks: fc.uniqueArray(mark, { maxLength: 2, selector: (m) => m.type }) })
  .map(({ text, marks }) => ({ type: 'text', text, ...(marks.length ? { marks } : {}) }));
const inline = fc.array(fc.oneof({ weight: 5, arbitrary: text }, { weight: 1, arbitrary: fc.constant<Json>({ type: 'hardBreak' }) }), {
  maxLength: 4,
});
const paragraph = inline.map((content): Json => ({ type: 'paragraph', content }));
const heading = fc.record({ level: fc.constantFrom(1, 2, 3), content: inline }).map(
  ({ level, content }): Json => ({ type: 'heading', attrs: { level }, content }),
);
const list = fc.record({ ordered: fc.boolean(), items: fc.array(paragraph, { minLength: 1, maxLength: 3 }) }).map(
  ({ ordered, items }): Json => ({
    type: ordered ? 'orderedList' : 'bulletList',
    ...(ordered ? { attrs: { start: 3 } } : {}),
    content: items.map((item) => ({ type: 'listItem', content: [item] })),
  }),
);
const cell = fc.record({ header: fc.boolean(), colspan: fc.constantFrom(1, 2), width: fc.option(fc.integer({ min: 20, max: 400 })) }).map(
  ({ header, colspan, width }): Json => ({
    type: header ? 'tableHeader' : 'tableCell',
    attrs: { colspan, rowspan: 1, colwidth: width === null ? null : Array.from({ length: colspan }, () => width) },
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'cell' }] }],
  }),
);
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }).map(
  (rows): Json => ({ type: 'table', content: rows.map((cells) => ({ type: 'tableRow', content: cells })) }),
);
const block = fc.oneof(
  paragraph,
  heading,
  list,
  table,
  paragraph.map((p): Json => ({ type: 'blockquote', content: [p] })),
  fc.constant<Json>({ type: 'guidanceHint', content: [{ type: 'text', text: 'Say why.' }] }),
);
const documentJson = fc.array(block, { minLength: 1, maxLength: 6 }).map((content): Json => ({ type: 'doc', content }));

function docFrom(json: Json): Y.Doc {
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(schema, json, doc.getXmlFragment(DOC_CONTENT_FIELD));
  return doc;
}

function contextFor(doc: Y.Doc, ownerOf: ValidationContext['ownerOf'] = () => null): ValidationContext {
  return { doc, allowList, bounds, userId: 'me', ownerOf };
}

/** The update a client holding `client` sends to a server holding `server`. */
const diff = (client: Y.Doc, server: Y.Doc) => Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));

function clone(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function refusal(run: () => unknown): UpdateRefusal | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof UpdateRefusal) return error;
    throw error;
  }
  return undefined;
}

describe('update validator', () => {
  it('accepts every document the editor schema can build, and every edit between two of them', () => {
    fc.assert(
      fc.property(documentJson, documentJson, (first, second) => {
        const server = new Y.Doc();
        const client = docFrom(first);
        const initial = validateUpdate(diff(client, server), contextFor(server));
        expect(initial).toMatchObject({ kind: 'accept', cost: expect.any(Number) });
        Y.applyUpdate(server, diff(client, server));

        // An edit as the editor's binding makes it: attributes overwritten, nodes replaced.
        const meta = { mapping: new Map(), isOMark: new Map() };
        updateYFragment(client, client.getXmlFragment(DOC_CONTENT_FIELD), schema.nodeFromJSON(second), meta);
        expect(validateUpdate(diff(client, server), contextFor(server)).kind).toBe('accept');
      }),
      { numRuns: 150 },
    );
  });

  const mutations: Record<string, (fragment: Y.XmlFragment, doc: Y.Doc) => void> = {
    'an unknown node': (fragment) => fragment.insert(0, [new Y.XmlElement('script')]),
    'heading level 0': (fragment) => setFirst(fragment, 'heading', 'level', 0),
    'heading level -5': (fragment) => setFirst(fragment, 'heading', 'level', -5),
    'heading level 100000000': (fragment) => setFirst(fragment, 'heading', 'level', 100_000_000),
    'a colspan of a billion': (fragment) => setFirst(fragment, 'tableCell', 'colspan', 1e9),
    'a column width list of a thousand': (fragment) => setFirst(fragment, 'tableCell', 'colwidth', Array(1000).fill(1)),
    'an unknown attribute': (fragment) => setFirst(fragment, 'paragraph', 'onclick', 'alert(1)'),
    'an unknown mark': (fragment) => formatFirstText(fragment, { strike: {} }),
    'a javascript: link': (fragment) => formatFirstText(fragment, { link: { href: 'javascript:alert(1)' } }),
    'an unknown mark attribute': (fragment) => formatFirstText(fragment, { bold: { style: 'x' } }),
    'another shared type': (_fragment, doc) => doc.getMap('extra').set('key', 'value'),
    'an embed in text': (fragment) => firstText(fragment).insertEmbed(0, { image: 'x' }),
    'an attribute on a text node': (fragment) => firstText(fragment).setAttribute('style', 'x'),
    'text straight in an element': (fragment) => (fragment.get(1) as Y.XmlElement).insert(0, [new Y.Text('x') as never]),
  };

  const baseContent: Json[] = [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Title' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Body' }] },
    { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph' }] }] }] },
  ];

  for (const [name, mutate] of Object.entries(mutations)) {
    it(`refuses ${name}, whatever the document`, () => {
      fc.assert(
        fc.property(documentJson, (json) => {
          const base = docFrom({ type: 'doc', content: [...baseContent, ...(json.content ?? [])] });
          const server = clone(base);
          mutate(base.getXmlFragment(DOC_CONTENT_FIELD), base);
          expect(refusal(() => validateUpdate(diff(base, server), contextFor(server)))?.code).toBe('not_allowed');
        }),
        { numRuns: 25 },
      );
    });
  }

  it("refuses new structs of another member's client id, and ignores ones the server already has", () => {
    const server = new Y.Doc();
    const client = docFrom({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'hi' }] }] });
    const someoneElse = () => 'other';
    expect(refusal(() => validateUpdate(diff(client, server), contextFor(server, someoneElse)))?.code).toBe('foreign_client');
    Y.applyUpdate(server, diff(client, server));
    // Resending what the server has is harmless and is not a claim.
    expect(validateUpdate(Y.encodeStateAsUpdate(client), contextFor(server, someoneElse)).kind).toBe('accept');
  });

  it('waits for an update that builds on structs not received yet, and accepts it once they are', () => {
    const server = new Y.Doc();
    const client = docFrom({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'offline' }] }] });
    const offline = diff(client, server);
    const before = Y.encodeStateVector(client);
    (client.getXmlFragment(DOC_CONTENT_FIELD).get(0) as Y.XmlElement).insert(1, [new Y.XmlText(' and more')]);
    const typedAfter = Y.encodeStateAsUpdate(client, before);
    expect(validateUpdate(typedAfter, contextFor(server)).kind).toBe('wait');
    Y.applyUpdate(server, offline);
    expect(validateUpdate(typedAfter, contextFor(server)).kind).toBe('accept');
  });

  it('stops reading an update at the first bound crossed', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    const fragment = client.getXmlFragment(DOC_CONTENT_FIELD);
    for (let i = 0; i < 50; i++) fragment.insert(i, [new Y.XmlElement('paragraph')]);
    const tight = { ...contextFor(server), bounds: { maxStructs: 10, maxDeleteRanges: 10 } };
    expect(refusal(() => validateUpdate(diff(client, server), tight))?.code).toBe('too_large');
  });
});

function setFirst(fragment: Y.XmlFragment, nodeName: string, key: string, value: unknown): void {
  const [element] = fragment.createTreeWalker((node) => node instanceof Y.XmlElement && node.nodeName === nodeName);
  if (!(element instanceof Y.XmlElement)) throw new Error(`no ${nodeName}`);
  element.setAttribute(key, value as string);
}

function firstText(fragment: Y.XmlFragment): Y.XmlText {
  const paragraph = fragment.get(1) as Y.XmlElement;
  return paragraph.get(0) as Y.XmlText;
}

function formatFirstText(fragment: Y.XmlFragment, attributes: Record<string, unknown>): void {
  firstText(fragment).format(0, 2, attributes);
}
