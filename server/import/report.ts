import type { ImportReportLine } from '../../shared/schemas/import.ts';
import type { Conversion } from './convert.ts';

/**
 * The report of one import: each kind of content with what became of it. Lines with nothing
 * to say are left out; comments are counted as the threads actually made, images as those stored.
 */
export function importReport(conversion: Conversion, source: 'docx' | 'odt' | 'doc', threads: number, images: number): ImportReportLine[] {
  const { counts, facts } = conversion;
  const lines: ImportReportLine[] = [
    { kind: 'sourceFormat', outcome: 'converted', count: source === 'docx' ? 0 : 1 },
    { kind: 'headings', outcome: 'kept', count: counts.headings },
    { kind: 'paragraphs', outcome: 'kept', count: counts.paragraphs },
    { kind: 'lists', outcome: 'kept', count: counts.lists },
    { kind: 'tables', outcome: 'kept', count: counts.tables },
    { kind: 'mergedCells', outcome: 'kept', count: counts.mergedCells },
    { kind: 'links', outcome: 'kept', count: counts.links },
    { kind: 'images', outcome: 'kept', count: images },
    { kind: 'comments', outcome: 'converted', count: threads },
    { kind: 'footnotes', outcome: 'converted', count: counts.footnotes },
    { kind: 'deepHeadings', outcome: 'converted', count: counts.deepHeadings },
    { kind: 'trackedChanges', outcome: 'converted', count: facts.trackedChanges },
    // The editor has no text direction yet: the paragraphs are kept, their direction is not.
    { kind: 'rightToLeft', outcome: 'dropped', count: facts.rightToLeft },
    // Types a browser cannot show (Word's EMF and WMF drawings, TIFF), too many pixels, past the document's quota.
    { kind: 'images', outcome: 'dropped', count: counts.images - images },
    { kind: 'unsafeLinks', outcome: 'dropped', count: counts.unsafeLinks },
    { kind: 'comments', outcome: 'dropped', count: facts.comments.length - threads },
    // Mammoth's warnings: styles or elements it did not understand (their text is kept).
    { kind: 'unreadable', outcome: 'dropped', count: conversion.warnings },
  ];
  return lines.filter((line) => line.count > 0);
}
