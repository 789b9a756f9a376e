/**
 * Drives simulated users: typists insert one character at a time into their own paragraph
 * (as Tiptap + y-prosemirror would, into Y.XmlText inside a `paragraph` Y.XmlElement of the
 * `content` fragment), and every client moves its cursor through awareness the way
 * y-prosemirror publishes it (relative positions). All timers are owned here and cleared by
 * stop(), so the generator is bounded.
 */
import * as Y from 'yjs';
import { DOC_CONTENT_FIELD } from '../../shared/collab/protocol.ts';
import type { BenchClient } from './clients.ts';

const TEXT = 'The working group shall publish the draft policy for consultation within thirty days. ';

export interface SimUser {
  client: BenchClient;
  room: string;
  typist: boolean;
}

export interface KeystrokeSink {
  /** Called right after a keystroke's update was handed to the provider. */
  (user: SimUser, lastClock: number, sentAt: number): void;
}

export class LoadGenerator {
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly texts = new Map<BenchClient, Y.XmlText>();
  private typed = 0;

  constructor(
    private readonly users: readonly SimUser[],
    private readonly charsPerSec: number,
    private readonly cursorHz: number,
    private readonly onKeystroke: KeystrokeSink,
    /** The clock keystrokes are stamped with (shared across processes, see load-protocol.ts). */
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Each typist gets its own paragraph to type into (one transaction: element + text). */
  createParagraphs(): void {
    for (const u of this.users) {
      if (!u.typist) continue;
      const text = new Y.XmlText();
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [text]);
      u.client.doc.getXmlFragment(DOC_CONTENT_FIELD).push([paragraph]);
      this.texts.set(u.client, text);
    }
    for (const [i, u] of this.users.entries()) {
      u.client.awareness.setLocalStateField('user', { name: `User ${i}`, color: `#${(i * 2654435761 % 0xffffff).toString(16).padStart(6, '0')}` });
    }
  }

  start(): void {
    for (const u of this.users) {
      const text = this.texts.get(u.client);
      // Random phase so clients do not fire in lock-step, which no real group of users does.
      if (text) this.every(1000 / this.charsPerSec, () => this.type(u, text));
      else this.every(1000 / this.cursorHz, () => this.moveCursor(u));
    }
  }

  stop(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.length = 0;
  }

  private every(intervalMs: number, fn: () => void): void {
    const first = setTimeout(() => {
      fn();
      this.timers.push(setInterval(fn, intervalMs));
    }, Math.random() * intervalMs);
    this.timers.push(first);
  }

  private type(u: SimUser, text: Y.XmlText): void {
    const doc = u.client.doc;
    const ch = TEXT[this.typed++ % TEXT.length] ?? ' ';
    const sentAt = this.now();
    // The provider sends the update synchronously from the doc's 'update' event.
    text.insert(text.length, ch);
    this.onKeystroke(u, Y.getState(doc.store, doc.clientID) - 1, sentAt);
    // The typist's caret follows the insertion (y-prosemirror updates it on every selection change).
    const pos = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, text.length));
    u.client.awareness.setLocalStateField('cursor', { anchor: pos, head: pos });
  }

  private moveCursor(u: SimUser): void {
    const fragment = u.client.doc.getXmlFragment(DOC_CONTENT_FIELD);
    const paragraph = fragment.length > 0 ? fragment.get(Math.floor(Math.random() * fragment.length)) : undefined;
    const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : undefined;
    const type: Y.XmlText | Y.XmlFragment = text instanceof Y.XmlText ? text : fragment;
    const len = type instanceof Y.XmlText ? type.length : 0;
    const anchor = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(type, Math.floor(Math.random() * (len + 1))));
    u.client.awareness.setLocalStateField('cursor', { anchor, head: anchor });
  }
}
