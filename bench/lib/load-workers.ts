/**
 * The parent's side of the load-generator processes (load-worker.ts): starts them pinned to
 * the load-generator core(s), hands each a share of the clients, and steps them through a run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { isWorkerReply, type WorkerCommand, type WorkerReply } from './load-protocol.ts';
import { BENCH_DIR, LOADGEN_CPU } from './server-proc.ts';

/** Distributive Omit, so each command keeps its own fields. */
type CommandBody = WorkerCommand extends infer C ? (C extends WorkerCommand ? Omit<C, 'id'> : never) : never;

class LoadWorker {
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: WorkerReply) => void>();
  readonly ready: Promise<void>;

  constructor(private readonly child: ChildProcess) {
    let markReady: () => void = () => undefined;
    this.ready = new Promise((resolve) => { markReady = resolve; });
    child.on('message', (message: unknown) => {
      if (!isWorkerReply(message)) return;
      if (message.type === 'ready') return markReady();
      this.waiting.get(message.id)?.(message);
      this.waiting.delete(message.id);
    });
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error('load worker has no pid');
    return this.child.pid;
  }

  request(command: CommandBody, timeoutMs = 120_000): Promise<WorkerReply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`load worker: no answer to ${command.type}`)), timeoutMs);
      this.waiting.set(id, (reply) => {
        clearTimeout(timer);
        if (reply.type === 'failed') reject(new Error(`load worker: ${reply.message}`));
        else resolve(reply);
      });
      this.child.send({ ...command, id });
    });
  }

  close(): void {
    if (this.child.exitCode === null) this.child.send({ type: 'close', id: 0 });
  }
}

export class LoadWorkers {
  private constructor(readonly workers: readonly LoadWorker[]) {}

  /** Starts `count` load-generator processes on the load-generator core(s). */
  static async start(count: number): Promise<LoadWorkers> {
    const script = join(BENCH_DIR, 'lib', 'load-worker.ts');
    const workers = Array.from({ length: count }, () =>
      new LoadWorker(spawn('taskset', ['-c', LOADGEN_CPU, process.execPath, '--import', 'tsx', script], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })));
    await Promise.all(workers.map((worker) => worker.ready));
    return new LoadWorkers(workers);
  }

  get pids(): number[] {
    return this.workers.map((worker) => worker.pid);
  }

  /** Sends the same command to every worker; resolves with their answers in worker order. */
  all(command: CommandBody): Promise<WorkerReply[]> {
    return Promise.all(this.workers.map((worker) => worker.request(command)));
  }

  close(): void {
    for (const worker of this.workers) worker.close();
  }
}
