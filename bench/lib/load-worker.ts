/**
 * One load-generator process (started by load-workers.ts): it hosts a share of a scenario's
 * clients, drives them with the LoadGenerator, and records raw events on the machine-wide
 * clock (`sharedNow`) — keystrokes sent, keystrokes seen by each observer, durability
 * acknowledgements — which the parent joins across processes once the run is over. Splitting
 * the clients over processes keeps one process's event loop from being the bottleneck that a
 * benchmark then mistakes for the server's latency.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type * as Y from 'yjs';
import { connectClient, type BenchClient } from './clients.ts';
import { LoadGenerator, type SimUser } from './load-gen.ts';
import { isWorkerCommand, sharedNow, type Observation, type Send, type WorkerReply, type WorkerCommand } from './load-protocol.ts';

const clients: BenchClient[] = [];
const users: SimUser[] = [];
const sends: Send[] = [];
const observations: Observation[] = [];
/** [sentAt, ackedAt] of each durability check; ackedAt null while unanswered. */
const acks = new Map<number, [number, number | null]>();
let generator: LoadGenerator | undefined;
let lastActivityAt = sharedNow();
let nonce = 1;
const eld = monitorEventLoopDelay({ resolution: 10 });
let windowCpu = process.cpuUsage();
let windowBytes = 0;

const reply = (message: WorkerReply): void => void process.send?.(message);
const bytesReceived = (): number => clients.reduce((sum, client) => sum + client.bytesReceived(), 0);

/** Records every advance of another client's clock in this observer's document. */
function observe(doc: Y.Doc): void {
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (transaction.local) return;
    const at = sharedNow();
    for (const [client, after] of transaction.afterState) {
      const before = transaction.beforeState.get(client) ?? 0;
      if (after > before) observations.push([client, before, after, at]);
    }
    lastActivityAt = at;
  });
}

async function handle(command: WorkerCommand): Promise<void> {
  switch (command.type) {
    case 'connect': {
      const { kind, url, cookie, durability } = command;
      await Promise.all(command.users.map(async ({ room, typist }) => {
        const client = connectClient({
          kind, url, room, cookie,
          onDurableAck: (n) => {
            const entry = acks.get(n);
            if (entry) entry[1] = lastActivityAt = sharedNow();
          },
        });
        observe(client.doc);
        clients.push(client);
        users.push({ client, room, typist });
        await client.synced;
      }));
      generator = new LoadGenerator(users, command.charsPerSec, command.cursorHz, (user, lastClock, sentAt) => {
        sends.push([user.client.doc.clientID, lastClock, sentAt, user.room]);
        // Asked right behind the update: the answer means this keystroke is on disk.
        if (durability === 'ack') {
          const n = nonce++;
          acks.set(n, [sentAt, null]);
          user.client.sendDurabilityCheck(n);
        }
      }, sharedNow);
      return reply({ type: 'connected', id: command.id });
    }
    case 'paragraphs':
      generator?.createParagraphs();
      return reply({ type: 'done', id: command.id });
    case 'type':
      generator?.start();
      return reply({ type: 'done', id: command.id });
    case 'window-start':
      eld.reset();
      eld.enable();
      windowCpu = process.cpuUsage();
      windowBytes = bytesReceived();
      return reply({ type: 'done', id: command.id });
    case 'window-end': {
      eld.disable();
      const cpu = process.cpuUsage(windowCpu);
      return reply({
        type: 'window', id: command.id,
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
        eldP99Ms: Math.max(0, eld.percentile(99) / 1e6 - 10),
        bytesReceived: bytesReceived() - windowBytes,
      });
    }
    case 'stop-typing':
      generator?.stop();
      return reply({ type: 'done', id: command.id });
    case 'idle-since':
      return reply({ type: 'idle-since', id: command.id, at: lastActivityAt });
    case 'report':
      return reply({
        type: 'report', id: command.id, sends, observations,
        acks: [...acks.values()],
        disconnects: clients.reduce((sum, client) => sum + client.disconnects(), 0),
      });
    case 'close':
      generator?.stop();
      for (const client of clients) client.destroy();
      process.exit(0);
  }
}

// Every y-websocket WebsocketProvider adds a process 'exit' listener; hundreds are expected here.
process.setMaxListeners(0);
process.on('message', (message: unknown) => {
  if (!isWorkerCommand(message)) return;
  handle(message).catch((error: unknown) => reply({ type: 'failed', id: message.id, message: String(error) }));
});
reply({ type: 'ready', id: 0 });
