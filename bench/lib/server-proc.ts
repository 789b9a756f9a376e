/**
 * Starts a server under test as a child process pinned to its own core, with the event-loop
 * preload injected, and talks to it over IPC. Ours and both peers go through this same path
 * so their numbers are comparable.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { productionCommand, SERVER_BUNDLE } from '../../scripts/production-command.ts';
import { sharedNow } from './load-protocol.ts';
import { isBenchReply, isDurableNotice, type DurableNotice, type EldStats, type BenchRequest } from './ipc.ts';
import { sleep } from './stats.ts';

export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_DIR = resolve(BENCH_DIR, '..');
export const RESULTS_DIR = join(BENCH_DIR, 'results');
const BUILD_DIR = join(BENCH_DIR, '.build');
const PRELOAD = join(BENCH_DIR, 'lib', 'eld-preload.ts');
/** Cadre's entry point; it runs from its production bundle (see `compiled`). */
export const CADRE_SERVER = 'server/main.ts';
/**
 * A Cadre bundle built beforehand (e.g. a baseline's, kept outside dist/ with node_modules
 * linked beside it), run instead of building the working tree's: before/after comparisons in
 * alternating runs, and no rebuild of dist/ under another run's feet.
 */
const CADRE_BUNDLE = process.env.BENCH_CADRE_BUNDLE;
/**
 * Set to write a V8 CPU profile of every server under test into bench/results/profiles: `1`
 * from start to exit, `window` over each measured window only (benchmarks that have one).
 */
const CPU_PROFILE = process.env.BENCH_CPU_PROFILE === '1';
export const PROFILE_DIR = join(RESULTS_DIR, 'profiles');
export const PROFILE_WINDOW = process.env.BENCH_CPU_PROFILE === 'window';

/** Core the servers run on; the load generator pins itself to the other one. */
export const SERVER_CPU = process.env.BENCH_SERVER_CPU ?? '0';
export const LOADGEN_CPU = process.env.BENCH_LOADGEN_CPU ?? '1';

/**
 * Every server under test runs as plain compiled JavaScript, as it would in production: Cadre
 * from the bundle `npm run build:server` makes (as `npm start` runs it), the peers' wrappers
 * and the event-loop preload compiled the same way (dependencies stay in node_modules). A
 * run-time transpiler would add its own memory and start-up cost to whichever server it ran.
 * Each is built once per benchmark run, when first started.
 */
const builtScripts = new Map<string, string>();
function compiled(script: string): string {
  let output = builtScripts.get(script);
  if (output) return output;
  if (script === CADRE_SERVER && CADRE_BUNDLE) {
    output = resolve(CADRE_BUNDLE);
  } else if (script === CADRE_SERVER) {
    execFileSync('npm', ['run', '--silent', 'build:server'], { cwd: REPO_DIR, stdio: 'inherit' });
    output = join(REPO_DIR, SERVER_BUNDLE);
  } else {
    output = join(BUILD_DIR, basename(script).replace(/\.ts$/, '.js'));
    buildSync({
      entryPoints: [script], outfile: output,
      bundle: true, platform: 'node', format: 'esm', packages: 'external', target: 'node20', logLevel: 'warning',
    });
  }
  builtScripts.set(script, output);
  return output;
}

export interface StartOptions {
  /** Used for the log file name. */
  label: string;
  /** CADRE_SERVER, or the path of a peer's wrapper. */
  script: string;
  port: number;
  env?: Record<string, string>;
  /** Expose global.gc so the memory probe can collect before reading RSS. */
  exposeGc?: boolean;
}

export class ServerProcess {
  private nextId = 1;
  private readonly waiters = new Map<number, (msg: unknown) => void>();
  private readonly durableListeners = new Set<(n: DurableNotice, at: number) => void>();
  private exited: Promise<number | null>;

  private constructor(private readonly child: ChildProcess, readonly port: number) {
    this.exited = new Promise((res) => child.once('exit', (code) => res(code)));
    child.on('message', (msg: unknown) => {
      // Timestamp on arrival, on the clock the load-generator processes stamp keystrokes with.
      const at = sharedNow();
      if (isDurableNotice(msg)) {
        for (const l of this.durableListeners) l(msg, at);
      } else if (isBenchReply(msg)) {
        this.waiters.get(msg.id)?.(msg);
        this.waiters.delete(msg.id);
      }
    });
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error('server has no pid');
    return this.child.pid;
  }

  static async start(opts: StartOptions): Promise<ServerProcess> {
    const logDir = join(RESULTS_DIR, 'logs');
    mkdirSync(logDir, { recursive: true });
    const log = createWriteStream(join(logDir, `${opts.label}.log`));
    // Cadre as `npm start` runs it; the peers with Node's defaults, as they ship.
    const production = opts.script === CADRE_SERVER ? productionCommand() : { env: {}, nodeFlags: [] };
    const nodeArgs = [
      '--import', compiled(PRELOAD),
      ...(opts.exposeGc ? ['--expose-gc'] : []),
      ...(process.env.BENCH_EXTRA_NODE_FLAGS ?? '').split(' ').filter(Boolean),
      ...(CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`, `--cpu-prof-name=${opts.label}.cpuprofile`] : []),
      ...production.nodeFlags,
      compiled(opts.script),
    ];
    // taskset execs node in place, so child.pid is the server's own pid for /proc sampling.
    const child = spawn('taskset', ['-c', SERVER_CPU, process.execPath, ...nodeArgs], {
      cwd: REPO_DIR,
      env: { ...process.env, ...production.env, ...opts.env, PORT: String(opts.port), NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    const server = new ServerProcess(child, opts.port);
    let exitCode: number | null | undefined;
    void server.exited.then((c) => { exitCode = c; });
    const deadline = Date.now() + 30_000;
    while (!(await portOpen(opts.port))) {
      if (exitCode !== undefined) throw new Error(`${opts.label} exited (${exitCode}) before listening; see ${logDir}`);
      if (Date.now() > deadline) throw new Error(`${opts.label} did not listen on ${opts.port} within 30 s`);
      await sleep(100);
    }
    return server;
  }

  onDurable(listener: (n: DurableNotice, at: number) => void): () => void {
    this.durableListeners.add(listener);
    return () => { this.durableListeners.delete(listener); };
  }

  private request(request: DistributiveOmit<BenchRequest, 'id'>): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((res, rej) => {
      const timer = setTimeout(() => { this.waiters.delete(id); rej(new Error(`${request.type}: no IPC reply`)); }, 30_000);
      this.waiters.set(id, (msg) => { clearTimeout(timer); res(msg); });
      this.child.send({ ...request, id });
    });
  }

  /** Starts V8's profiler in the server (through the preload). */
  async startProfile(): Promise<void> {
    await this.request({ type: 'bench:profile-start' });
  }

  /** Stops it and writes the profile into PROFILE_DIR as `<name>.cpuprofile`. */
  async stopProfile(name: string): Promise<void> {
    mkdirSync(PROFILE_DIR, { recursive: true });
    await this.request({ type: 'bench:profile-stop', file: join(PROFILE_DIR, `${name}.cpuprofile`) });
  }

  async resetEld(): Promise<void> {
    await this.request({ type: 'bench:eld-reset' });
  }

  async eld(): Promise<EldStats> {
    const msg = await this.request({ type: 'bench:eld-get' });
    if (isBenchReply(msg) && msg.type === 'bench:eld') return msg.stats;
    throw new Error('unexpected eld reply');
  }

  async gc(): Promise<void> {
    await this.request({ type: 'bench:gc' });
  }

  /** SIGTERM, then SIGKILL if the server has not exited within 5 s. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await this.exited;
    clearTimeout(timer);
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function portOpen(port: number): Promise<boolean> {
  return new Promise((res) => {
    const sock = connect({ port, host: '127.0.0.1' });
    sock.once('connect', () => { sock.destroy(); res(true); });
    sock.once('error', () => res(false));
  });
}

/** Pins the calling process (all threads) to the load-generator core. */
export async function pinSelf(): Promise<void> {
  await new Promise<void>((res, rej) => {
    const p = spawn('taskset', ['-a', '-cp', LOADGEN_CPU, String(process.pid)], { stdio: 'ignore' });
    p.once('exit', (code) => (code === 0 ? res() : rej(new Error(`taskset exited ${code}`))));
  });
}

let portCounter = 0;
/** Fresh port per server start so a lingering socket from the previous run cannot interfere. */
export function nextPort(): number {
  portCounter++;
  return 18_000 + (process.pid % 1000) * 10 + (portCounter % 10);
}
