import { Worker } from 'node:worker_threads';
import type { Conversion } from './convert.ts';
import type { ImportLimits } from './limits.ts';
import { ImportRefusal, isRefusalCode } from './refusal.ts';

type Outcome = { ok: true; conversion: Conversion } | { ok: false; code: string | null; message: string };

/**
 * The built server ships the worker as `dist/server/import-worker.js`, beside every chunk of the
 * server (one flat directory, so this holds whichever chunk this code lands in). From
 * sources (tests, `npm run dev`) it is the TypeScript module, imported once tsx is registered
 * in the worker (a worker's entry is loaded before `--import` hooks would apply).
 */
function startWorker(options: ConstructorParameters<typeof Worker>[1]): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./import-worker.js', import.meta.url), options);
  const entry = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/**
 * Converts a DOCX in a worker thread with its own heap limit, terminated past its time limit:
 * a zip or XML bomb that slipped past the checks kills only the worker, and the request gets
 * its 4xx while everyone else's requests go on.
 */
export function convertInWorker(file: Uint8Array, limits: ImportLimits): Promise<Conversion> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({
      workerData: { file, limits },
      resourceLimits: { maxOldGenerationSizeMb: limits.workerMemoryMb, maxYoungGenerationSizeMb: 32 },
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () => settle(() => reject(new ImportRefusal('import_timeout', `the conversion did not finish within ${limits.workerTimeoutMs} ms`))),
      limits.workerTimeoutMs,
    );
    worker.on('message', (outcome: Outcome) =>
      settle(() => {
        if (outcome.ok) resolve(outcome.conversion);
        else reject(isRefusalCode(outcome.code) ? new ImportRefusal(outcome.code, outcome.message) : new Error(outcome.message));
      }),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ImportRefusal('import_too_complex', 'the conversion needed more memory than its limit') : error),
      ),
    );
    worker.on('exit', () => settle(() => reject(new ImportRefusal('import_too_complex', 'the conversion stopped before it finished'))));
  });
}
