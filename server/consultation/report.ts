import type { EnumValue } from '../../shared/matrices/fields.ts';
import { interpolate } from '../../shared/i18n/interpolate.ts';
import { matrixLabels } from '../../shared/matrices/labels.ts';
import { DISPOSITIONS, type ConsultationInput, type Round } from '../../shared/schemas/consultation.ts';
import type { Annex, AnnexBlock } from '../export/annexes.ts';
import { formatDate } from '../export/labels.ts';
import { reportLabels } from './report-labels.ts';

/**
 * The consultation report as an annex: what was asked and published, then inputs × dispositions
 * by section and by stakeholder category, then every input with its disposition. The same blocks
 * serve the report's own download and the annex of a document's export.
 */
export function consultationAnnex(round: Round, inputs: readonly ConsultationInput[], language: string, sectionOrder: readonly string[] = []): Annex {
  const l = reportLabels(language);
  const annexTitle = interpolate(l.title, { round: round.title }, language);
  const values = matrixLabels(language).values as Record<string, string>;
  const categoryOf = (input: ConsultationInput) => (input.stakeholder?.category ? (values[input.stakeholder.category as EnumValue] ?? input.stakeholder.category) : l.noCategory);
  const sectionOf = (input: ConsultationInput) => input.section || l.wholeDocument;
  // Sections in the text's order (the document as a whole first), whatever order inputs came in.
  const rank = (input: ConsultationInput) => (input.section === '' ? -1 : sectionOrder.indexOf(input.section));
  const ordered = [...inputs].sort((a, b) => rank(a) - rank(b));
  const day = (date: string) => formatDate(`${date}T00:00:00Z`, language);

  const head = [l.inputs, ...DISPOSITIONS.map((d) => l.dispositions[d]), l.awaiting];
  const tally = (title: string, group: (input: ConsultationInput) => string): AnnexBlock[] => {
    const groups = [...new Set(ordered.map(group))];
    const rows = groups.map((name) => {
      const mine = inputs.filter((input) => group(input) === name);
      const count = (test: (input: ConsultationInput) => boolean) => String(mine.filter(test).length);
      return { cells: [name, String(mine.length), ...DISPOSITIONS.map((d) => count((i) => i.disposition?.value === d)), count((i) => i.disposition === null)] };
    });
    const shares = [3, ...head.map(() => 1)];
    const total = shares.reduce((sum, s) => sum + s, 0);
    return [{ type: 'heading', level: 2, text: title }, { type: 'table', table: { head: [title === l.bySection ? l.section : l.category, ...head], rows, shares: shares.map((s) => s / total) } }];
  };

  const detail: AnnexBlock = {
    type: 'details',
    items: [
      { label: l.format, value: l.formats[round.format] },
      { label: l.period, value: `${day(round.opensOn)} – ${day(round.closesOn)}` },
      { label: l.status, value: l.statuses[round.status] },
      { label: l.question, value: round.question },
      { label: l.published, value: round.documents.map((d) => `${d.title} (${d.versionName})`).join('; ') },
      ...(round.audience.length ? [{ label: l.audience, value: round.audience.map((s) => s.name).join('; ') }] : []),
    ],
  };
  if (inputs.length === 0) return { title: annexTitle, landscape: false, blocks: [detail, { type: 'details', items: [{ label: l.inputs, value: l.noInputs }] }] };

  const from = (input: ConsultationInput) =>
    [input.participantName, input.stakeholder?.name, input.recordedBy ? interpolate(l.recordedBy, { name: input.recordedBy }, language) : ''].filter(Boolean).join(' — ');
  const listing = [...new Set(ordered.map(sectionOf))].flatMap((section): AnnexBlock[] => [
    { type: 'heading', level: 3, text: section },
    {
      type: 'table',
      table: {
        head: [l.passage, l.input, l.from, l.disposition, l.reason, l.answeredBy],
        rows: inputs
          .filter((input) => sectionOf(input) === section)
          .map((input) => ({
            cells: [
              input.passage,
              input.text,
              from(input),
              input.disposition ? l.dispositions[input.disposition.value] : l.awaiting,
              input.disposition?.reason ?? '',
              input.disposition?.answeredBy?.label ?? '',
            ],
          })),
        shares: [0.17, 0.27, 0.16, 0.1, 0.2, 0.1],
      },
    },
  ]);
  return {
    title: annexTitle,
    landscape: true,
    blocks: [detail, ...tally(l.bySection, sectionOf), ...tally(l.byCategory, categoryOf), { type: 'heading', level: 2, text: l.allInputs }, ...listing],
  };
}
