import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { PRACTICE_CRITERIA } from '../../shared/practice/criteria.ts';
import { practiceText } from '../../shared/practice/text.ts';
import type { PracticeAssessment } from '../../shared/schemas/practice.ts';
import { A4, docxTable, PORTRAIT_WIDTH } from './annex-docx.ts';
import { formatDate } from './labels.ts';

export type PracticeExport = {
  workspaceTitle: string;
  language: string;
  /** Newest first; the first is shown in full, all of them in the history table. */
  assessments: readonly PracticeAssessment[];
};

const scoreLabel = (score: number | undefined, language: string): string => {
  const text = practiceText(language);
  return score === undefined ? '—' : `${score} · ${text.scores[score as 1 | 2 | 3 | 4]}`;
};

/**
 * The self-assessment as a Word document: the newest ratings with their evidence, then how each
 * criterion's rating moved from one snapshot to the next (oldest first, as a timeline reads).
 */
export async function practiceDocx({ workspaceTitle, language, assessments }: PracticeExport): Promise<Buffer> {
  const text = practiceText(language);
  const [latest] = assessments;
  const labels = text.export;
  const heading = (value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading: level, children: [new TextRun(value)] });
  const body: Array<Paragraph | ReturnType<typeof docxTable>> = [heading(text.title, HeadingLevel.TITLE), new Paragraph({ children: [new TextRun({ text: workspaceTitle, bold: true })] })];
  if (!latest) {
    body.push(new Paragraph(labels.none));
  } else {
    body.push(
      new Paragraph({ spacing: { after: 200 }, children: [new TextRun(`${formatDate(latest.assessedAt, language)} — ${labels.assessedBy}: ${latest.assessorName}`)] }),
      docxTable(
        [labels.criterion, labels.score, labels.evidence, labels.comment],
        PRACTICE_CRITERIA.map((criterion) => {
          const rating = latest.ratings.find((r) => r.criterion === criterion);
          return { cells: [text.criteria[criterion].name, rating ? scoreLabel(rating.score, language) : text.notRated, rating?.evidence ?? '', rating?.comment ?? ''] };
        }),
        { width: PORTRAIT_WIDTH, shares: [0.25, 0.15, 0.35, 0.25] },
      ),
    );
    const timeline = [...assessments].reverse();
    body.push(
      heading(labels.history, HeadingLevel.HEADING_1),
      docxTable(
        [labels.criterion, ...timeline.map((a) => formatDate(a.assessedAt, language))],
        PRACTICE_CRITERIA.map((criterion) => ({
          cells: [text.criteria[criterion].name, ...timeline.map((a) => String(a.ratings.find((r) => r.criterion === criterion)?.score ?? '—'))],
        })),
        { width: PORTRAIT_WIDTH, shares: [0.4, ...timeline.map(() => 0.6 / timeline.length)], size: 18 },
      ),
    );
  }
  const document = new Document({
    title: `${text.title} — ${workspaceTitle}`,
    creator: 'Cadre',
    sections: [{ properties: { page: { size: { width: A4.width, height: A4.height }, margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin } } }, children: body }],
  });
  return Packer.toBuffer(document);
}
