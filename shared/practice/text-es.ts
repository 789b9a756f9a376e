import type { PracticeText } from './text.ts';

/** Spanish wording of the good-practice self-assessment. */
export const practiceTextEs: PracticeText = {
  title: 'Autoevaluación de buena práctica',
  criteria: {
    ownership: { name: 'Apropiación por parte del socio', question: '¿Lidera la autoridad nacional el proceso y se apropia de lo que produce?' },
    innovation: { name: 'Innovación en el contexto', question: '¿Aporta el trabajo algo nuevo para este país o esta institución?' },
    replicability: { name: 'Replicabilidad', question: '¿Podría otra administración reutilizar el enfoque o sus productos?' },
    tangibleResults: { name: 'Resultados tangibles', question: '¿Hay productos concretos: un texto adoptado, un procedimiento en funcionamiento, personal capacitado?' },
    endorsement: { name: 'Respaldo de alto nivel', question: '¿Han respaldado el trabajo altos funcionarios o autoridades políticas?' },
    integration: { name: 'Integración en las prioridades existentes', question: '¿Se ajusta al plan nacional de desarrollo y a las prioridades de política actuales?' },
    expertise: { name: 'Máximo nivel de pericia', question: '¿Contribuyeron los pares y especialistas adecuados?' },
    complementarity: { name: 'Complementariedad y sinergia', question: '¿Se apoya en otros programas y donantes y evita duplicarlos?' },
    partnershipValue: { name: 'Valor añadido de la alianza', question: '¿Trabajar con administraciones pares logró más que trabajar por separado?' },
    knowledgeExchange: { name: 'Catalizador del intercambio de conocimientos', question: '¿Ha iniciado intercambios duraderos entre instituciones o países?' },
  },
  scores: { 1: 'Todavía no', 2: 'Incipiente', 3: 'Consolidado', 4: 'Ejemplar' },
  notRated: 'Sin calificar',
  export: {
    criterion: 'Criterio',
    score: 'Calificación',
    evidence: 'Evidencia',
    comment: 'Comentario',
    assessedBy: 'Evaluado por',
    history: 'Cómo evolucionaron las calificaciones',
    date: 'Fecha',
    none: 'Aún no se ha registrado ninguna autoevaluación.',
  },
};
