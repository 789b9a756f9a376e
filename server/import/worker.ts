import { parentPort, workerData } from 'node:worker_threads';
import { convertDocx } from './convert.ts';
import type { ImportLimits } from './limits.ts';
import { ImportRefusal } from './refusal.ts';

/**
 * The conversion worker (`run-worker.ts` starts one per import, with a heap and time limit):
 * parsing a hostile file may take seconds or hundreds of MB, never on the server's event loop.
 */
const { file, limits } = workerData as { file: Uint8Array; limits: ImportLimits };
convertDocx(file, limits).then(
  (conversion) => parentPort?.postMessage({ ok: true, conversion }),
  (error: unknown) =>
    parentPort?.postMessage(
      error instanceof ImportRefusal ? { ok: false, code: error.code, message: error.message } : { ok: false, code: null, message: String(error) },
    ),
);
