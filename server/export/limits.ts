import { HttpError } from '../http/errors.ts';

/**
 * How much one export may make the server hold. A document is written by its members, and a
 * stored one may predate any check: an export must refuse with a clear 413 rather than build
 * an unbounded buffer (or spend minutes of a converter) on it.
 */
export type ExportLimits = {
  /** Largest file an export answers with, in bytes (`CADRE_MAX_EXPORT_BYTES`). */
  maxOutputBytes: number;
  /** Most nodes (elements, text runs, marks, matrix cells) the model may hold. */
  maxNodes: number;
  /** Most characters of text (document, matrices and comments together). */
  maxTextChars: number;
};

export const DEFAULT_MAX_EXPORT_BYTES = 50 * 1024 * 1024;

/**
 * A 100-page policy holds about 10,000 nodes and 400,000 characters (bench/export.ts): ten
 * times that still exports in seconds, and stays far below the output limit in every format.
 */
export const DEFAULT_EXPORT_LIMITS: ExportLimits = {
  maxOutputBytes: DEFAULT_MAX_EXPORT_BYTES,
  maxNodes: 100_000,
  maxTextChars: 5_000_000,
};

export const exportLimits = (overrides: Partial<ExportLimits> = {}): ExportLimits => ({ ...DEFAULT_EXPORT_LIMITS, ...overrides });

const exportTooLarge = (detail: string): HttpError =>
  new HttpError(413, 'export_too_large', `this document is too large to export: ${detail}`);

/** Throws when a rendered file is larger than `maxOutputBytes`, before it is sent or kept. */
export function checkOutputSize(bytes: number, maxOutputBytes: number): void {
  if (bytes > maxOutputBytes) throw exportTooLarge(`the file would exceed ${maxOutputBytes} bytes`);
}

/**
 * Counts what the model builder reads and stops it as soon as a limit is passed, so that a
 * huge document costs one partial walk, not a render.
 */
export class ModelBudget {
  private nodes = 0;
  private chars = 0;

  constructor(private readonly limits: Pick<ExportLimits, 'maxNodes' | 'maxTextChars'>) {}

  node(count = 1): void {
    this.nodes += count;
    if (this.nodes > this.limits.maxNodes) throw exportTooLarge(`it has more than ${this.limits.maxNodes} elements`);
  }

  text(length: number): void {
    this.chars += length;
    if (this.chars > this.limits.maxTextChars) throw exportTooLarge(`it has more than ${this.limits.maxTextChars} characters`);
  }
}
