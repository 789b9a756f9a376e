import type { MatrixInput } from '../../shared/schemas/matrices/index.ts';
import type { Infrastructure } from '../services.ts';

export type GlossaryDemoServices = Pick<Infrastructure, 'matrixItems'>;

type Seed = { agreed: boolean; data: Omit<MatrixInput<'glossary'>, 'status' | 'agreedBy' | 'agreedAt'> };

// Terms the core group of the demo works with, in the languages of the Cabo Verde case
// (Portuguese, with French and English for the peers). Agreed ones are marked in the document.
const TERMS: readonly Seed[] = [
  {
    agreed: true,
    data: {
      term: 'Integration',
      definition: 'A two-way process in which immigrants and the receiving society adapt to each other, with rights and duties on both sides.',
      source: 'National immigration strategy',
      variants: [
        { language: 'pt', term: 'Integração', definition: 'Processo nos dois sentidos em que imigrantes e sociedade de acolhimento se adaptam mutuamente.' },
        { language: 'fr', term: 'Intégration', definition: 'Processus réciproque d’adaptation entre les immigrés et la société qui les accueille.' },
      ],
    },
  },
  {
    agreed: true,
    data: {
      term: 'Municipality',
      definition: 'The local authority of a council area: its elected bodies and the services they run.',
      variants: [
        { language: 'pt', term: 'Município', definition: '' },
        { language: 'fr', term: 'Commune', definition: 'La collectivité locale d’un territoire, ses organes élus et ses services.' },
      ],
    },
  },
  {
    agreed: false,
    data: {
      term: 'Local support office',
      definition: 'A municipal office that informs and assists immigrants and refers them to public services.',
      variants: [{ language: 'pt', term: 'Gabinete de apoio local', definition: '' }],
    },
  },
  {
    agreed: false,
    data: { term: 'Circular migration', definition: 'Repeated, legal movement of the same people between two countries.', variants: [] },
  },
];

/**
 * The demo workspace's glossary: terms agreed by the chair (so the demo document shows its
 * marks), and proposals waiting for agreement, each with variants in other working languages.
 */
export async function addGlossaryDemo(
  services: GlossaryDemoServices,
  workspaceId: string,
  chair: { userId: string; name: string },
  proposerId: string,
  now: number,
): Promise<void> {
  for (const [index, seed] of TERMS.entries()) {
    const agreement = seed.agreed
      ? { status: 'agreed', agreedBy: { id: chair.userId, name: chair.name }, agreedAt: new Date(now - (20 - index) * 24 * 3600_000).toISOString() }
      : {};
    await services.matrixItems.create(workspaceId, 'glossary', { ...seed.data, ...agreement }, proposerId);
  }
}
