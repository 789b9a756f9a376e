/**
 * The Yjs↔ProseMirror binding's own cost per keystroke, without a browser: the documents of
 * `bench:load` (1 MB and 10 MB), bound to two headless editors through y-tiptap's sync, undo
 * and cursor plugins (client/src/lib/yjs-binding/headless-peer.ts), one typing near the start,
 * middle or end with its caret published, the other receiving each keystroke. *Type* is the
 * typing editor's transaction (writing the change to Yjs, the selection's relative positions);
 * *receive* is applying that update at the other editor (building its document again).
 * What Chromium adds (layout, paint, the page's own listeners) is in `bench:load`.
 *
 *   npm run bench:binding   # BENCH_LOAD_SIZES_MB=1,10 BENCH_KEYSTROKES=50
 */
import { TextSelection } from '@tiptap/pm/state';
import * as Y from 'yjs';
import { DOC_CONTENT_FIELD } from '../shared/collab/protocol.ts';
import { createPeer, destroyPeer, type Peer } from '../client/src/lib/yjs-binding/headless-peer.ts';
import { generatePolicyDoc } from './lib/policy-doc.ts';
import { envList, envNumber, fmtMs, percentiles } from './lib/stats.ts';
import { markdownTable } from './lib/table.ts';

const SIZES_MB = envList('BENCH_LOAD_SIZES_MB', [1, 10]);
const KEYSTROKES = envNumber('BENCH_KEYSTROKES', 50);
const PLACES = { start: 0.02, middle: 0.5, end: 0.98 } as const;

/** The text position nearest to `fraction` of the document. */
function textPositionNear(peer: Peer, fraction: number): number {
  const { doc } = peer.view.state;
  const target = Math.floor(doc.content.size * fraction);
  return TextSelection.near(doc.resolve(target)).head;
}

function measure(mb: number): string[][] {
  const generated = generatePolicyDoc(mb * 1024 * 1024, mb);
  const state = Y.encodeStateAsUpdate(generated.doc);
  generated.doc.destroy();
  const typist = createPeer(DOC_CONTENT_FIELD);
  const reader = createPeer(DOC_CONTENT_FIELD);
  try {
    let t0 = performance.now();
    Y.applyUpdate(typist.doc, state, 'load');
    const openMs = performance.now() - t0;
    Y.applyUpdate(reader.doc, state, 'load');
    const updates: Uint8Array[] = [];
    typist.doc.on('update', (update: Uint8Array, origin: unknown) => { if (origin !== 'load') updates.push(update); });
    typist.view.focused = true;
    const rows: string[][] = [];
    for (const [place, fraction] of Object.entries(PLACES)) {
      let pos = textPositionNear(typist, fraction);
      typist.view.dispatch(typist.view.state.tr.setSelection(TextSelection.create(typist.view.state.doc, pos)));
      const type: number[] = [];
      const receive: number[] = [];
      for (let i = 0; i < KEYSTROKES; i++) {
        t0 = performance.now();
        typist.view.dispatch(typist.view.state.tr.insertText('x', pos));
        const t1 = performance.now();
        for (const update of updates.splice(0)) Y.applyUpdate(reader.doc, update);
        receive.push(performance.now() - t1);
        type.push(t1 - t0);
        pos += 1;
      }
      if (reader.view.state.doc.content.size !== typist.view.state.doc.content.size) throw new Error('the reader did not follow');
      const typed = percentiles(type);
      const received = percentiles(receive);
      rows.push([`${mb} MB`, String(typist.view.state.doc.childCount), fmtMs(openMs), place,
        `${fmtMs(typed.p50)} / ${fmtMs(typed.p95)}`, `${fmtMs(received.p50)} / ${fmtMs(received.p95)}`]);
    }
    return rows;
  } finally {
    destroyPeer(typist);
    destroyPeer(reader);
  }
}

const rows = SIZES_MB.flatMap(measure);
process.stdout.write(`${markdownTable(['document', 'blocks', 'open (bind)', 'caret', 'type p50 / p95', 'receive p50 / p95'], rows)}\n`);
