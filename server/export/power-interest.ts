import { GRID_QUADRANTS, POSITION_MARKS } from '../../shared/matrices/presentation.ts';
import { STAKEHOLDER_POSITIONS } from '../../shared/schemas/matrices/index.ts';
import { escapeHtml } from './escape.ts';

/** A stakeholder on the power–interest grid. */
export type GridPoint = { name: string; influence: number; interest: number; position: (typeof STAKEHOLDER_POSITIONS)[number] };
/** The grid's words, in the document's language. */
export type GridLabels = {
  influence: string;
  interest: string;
  low: string;
  high: string;
  quadrants: Record<(typeof GRID_QUADRANTS)[number]['strategy'], string>;
  positions: Record<GridPoint['position'], string>;
};

const SCALE = [1, 2, 3, 4, 5] as const;
const CELL_WIDTH = 150;
const LINE = 17;
/** Room above a cell's names for the quadrant's label. */
const CELL_TOP = 22;
const LEFT = 56;
const TOP = 12;
/** A name longer than this is shortened in the picture; the table beside it has it in full. */
const MAX_NAME = 22;
const FONT = 'Liberation Sans, Arial, sans-serif';

const shorten = (name: string): string => ([...name].length > MAX_NAME ? `${[...name].slice(0, MAX_NAME - 1).join('').trimEnd()}…` : name);

function mark(position: GridPoint['position'], x: number, y: number): string {
  const { path, color } = POSITION_MARKS[position];
  return `<g transform="translate(${x} ${y}) scale(0.55)"><path d="${path}" fill="none" stroke="${color}" stroke-width="3.5" stroke-linecap="round"/></g>`;
}

/**
 * The stakeholders on a 5 × 5 grid as the screen draws it (high influence at the top, high
 * interest to the right, the four engagement quadrants named), each with the shape and colour of
 * its position; as SVG text, for HTML, and through `gridPng` for DOCX. Cells grow with the names
 * they hold, so none is cut.
 */
export function gridSvg(points: readonly GridPoint[], labels: GridLabels): { svg: string; width: number; height: number } {
  const inCell = (influence: number, interest: number) => points.filter((p) => p.influence === influence && p.interest === interest);
  const crowd = Math.max(1, ...SCALE.flatMap((influence) => SCALE.map((interest) => inCell(influence, interest).length)));
  const cellHeight = CELL_TOP + crowd * LINE + 6;
  const gridWidth = CELL_WIDTH * 5;
  const gridHeight = cellHeight * 5;
  const x = (interest: number) => LEFT + (interest - 1) * CELL_WIDTH;
  const y = (influence: number) => TOP + (5 - influence) * cellHeight;
  const text = (tx: number, ty: number, content: string, style: string) => `<text x="${tx}" y="${ty}" ${style}>${escapeHtml(content)}</text>`;
  const parts: string[] = [];

  for (const { strategy, top, end } of GRID_QUADRANTS) {
    const qx = end ? x(4) : x(1);
    const qy = top ? y(5) : y(3);
    const fill = strategy === 'manageClosely' ? '#eef2f7' : '#ffffff';
    parts.push(`<rect x="${qx}" y="${qy}" width="${CELL_WIDTH * (end ? 2 : 3)}" height="${cellHeight * (top ? 2 : 3)}" fill="${fill}" stroke="#9aa5b1"/>`);
    parts.push(text(qx + 6, qy + 14, labels.quadrants[strategy].toUpperCase(), `font-size="10" font-weight="bold" fill="#52606d" letter-spacing="0.5"`));
  }
  for (const influence of SCALE) {
    parts.push(text(LEFT - 8, y(influence) + cellHeight / 2 + 4, String(influence), `font-size="10" fill="#52606d" text-anchor="end"`));
    for (const interest of SCALE) {
      inCell(influence, interest).forEach((point, index) => {
        const top = y(influence) + CELL_TOP + index * LINE;
        parts.push(mark(point.position, x(interest) + 5, top - 2), text(x(interest) + 20, top + 10, shorten(point.name), `font-size="11" fill="#1f2933"`));
      });
    }
  }
  for (const interest of SCALE) parts.push(text(x(interest) + CELL_WIDTH / 2, TOP + gridHeight + 14, String(interest), `font-size="10" fill="#52606d" text-anchor="middle"`));
  const axis = `font-size="12" font-weight="bold" fill="#1f2933"`;
  parts.push(text(LEFT + gridWidth / 2, TOP + gridHeight + 32, `${labels.interest} (${labels.low} → ${labels.high})`, `${axis} text-anchor="middle"`));
  const middle = TOP + gridHeight / 2;
  parts.push(`<g transform="translate(18 ${middle}) rotate(-90)">${text(0, 0, `${labels.influence} (${labels.low} → ${labels.high})`, `${axis} text-anchor="middle"`)}</g>`);
  const legendY = TOP + gridHeight + 54;
  STAKEHOLDER_POSITIONS.forEach((position, i) => {
    const lx = LEFT + i * 160;
    parts.push(mark(position, lx, legendY - 11), text(lx + 16, legendY, labels.positions[position], `font-size="11" fill="#1f2933"`));
  });

  const width = LEFT + gridWidth + 12;
  const height = legendY + 12;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">${parts.join('')}</svg>`;
  return { svg, width, height };
}
