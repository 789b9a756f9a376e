import { describe, expect, it } from 'vitest';
import { gridPng } from './annex-docx.ts';
import { gridSvg, type GridLabels, type GridPoint } from './power-interest.ts';

const labels: GridLabels = {
  influence: 'Influence',
  interest: 'Interest',
  low: 'low',
  high: 'high',
  quadrants: { manageClosely: 'Manage closely', keepSatisfied: 'Keep satisfied', keepInformed: 'Keep informed', monitor: 'Monitor' },
  positions: { supportive: 'Supportive', neutral: 'Neutral', opposed: 'Opposed' },
};
const point = (name: string, influence = 5, interest = 5): GridPoint => ({ name, influence, interest, position: 'supportive' });

describe('power–interest grid picture', () => {
  it('escapes names: a name cannot add markup to the SVG', () => {
    const { svg } = gridSvg([point('<script>alert(1)</script> & "Co"')], labels);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;script&#62;');
  });

  it('grows its cells with the names they hold rather than cutting them', () => {
    const one = gridSvg([point('Ministry')], labels);
    const crowded = gridSvg(Array.from({ length: 12 }, (_, i) => point(`Ministry ${i}`)), labels);
    expect(crowded.height).toBeGreaterThan(one.height);
    for (let i = 0; i < 12; i++) expect(crowded.svg).toContain(`>Ministry ${i}<`);
  });

  it('shortens a long name in the picture only, and renders to PNG', () => {
    const { svg } = gridSvg([point('Ministry of Labour, Employment and Social Protection')], labels);
    expect(svg).toContain('Ministry of Labour, E…');
    expect(gridPng(svg).subarray(1, 4).toString()).toBe('PNG');
  });
});
