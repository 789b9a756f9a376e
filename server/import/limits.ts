/**
 * Bounds of one import. The upload limit is the host's (`CADRE_MAX_IMPORT_BYTES`); the others
 * hold for every instance: they keep a hostile file from costing more than a few seconds and a
 * few hundred MB, whatever it claims to be.
 */
export type ImportLimits = {
  /** Largest uploaded file. */
  maxFileBytes: number;
  /** Sum of the uncompressed sizes the zip's central directory declares. */
  maxUncompressedBytes: number;
  /** Entries in the zip; a Word document has a few dozen. */
  maxEntries: number;
  /** One entry may inflate at most this many times its compressed size (zip bombs reach 1000×+). */
  maxCompressionRatio: number;
  /** Heap of the conversion worker; past it the worker dies and the file is refused. */
  workerMemoryMb: number;
  /** Time of the conversion worker; past it the worker is terminated. */
  workerTimeoutMs: number;
  /** Time of LibreOffice for .odt and .doc; past it its process group is killed. */
  officeTimeoutMs: number;
  /** Imports running at once on this instance; more answer 503 `import_busy`. */
  maxRunning: number;
  /** Imports one user may start in `perUserWindowMs`; more answer 429. */
  perUserMax: number;
  perUserWindowMs: number;
  /** Elements of the imported document; the export refuses more than 100,000 too. */
  maxElements: number;
  /** Comments turned into threads; the rest are reported as dropped. */
  maxComments: number;
};

export const DEFAULT_MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: DEFAULT_MAX_IMPORT_BYTES,
  maxUncompressedBytes: 256 * 1024 * 1024,
  maxEntries: 2000,
  maxCompressionRatio: 200,
  workerMemoryMb: 384,
  workerTimeoutMs: 15_000,
  officeTimeoutMs: 30_000,
  maxRunning: 2,
  perUserMax: 10,
  perUserWindowMs: 15 * 60 * 1000,
  maxElements: 100_000,
  maxComments: 500,
};
