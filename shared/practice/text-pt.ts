import type { PracticeText } from './text.ts';

/** Redação portuguesa da autoavaliação de boas práticas. */
export const practiceTextPt: PracticeText = {
  title: 'Autoavaliação de boas práticas',
  criteria: {
    ownership: { name: 'Apropriação pelo parceiro', question: 'A autoridade nacional conduz o processo e assume como seu o que ele produz?' },
    innovation: { name: 'Inovação no contexto', question: 'O trabalho traz algo de novo para este país ou para esta instituição?' },
    replicability: { name: 'Replicabilidade', question: 'Outra administração poderia reutilizar a abordagem ou os seus resultados?' },
    tangibleResults: { name: 'Resultados tangíveis', question: 'Há resultados concretos: um texto adotado, um procedimento em funcionamento, pessoal formado?' },
    endorsement: { name: 'Apoio ao mais alto nível', question: 'Os altos responsáveis ou as autoridades políticas apoiaram o trabalho?' },
    integration: { name: 'Integração nas prioridades existentes', question: 'Enquadra-se no plano nacional de desenvolvimento e nas prioridades políticas atuais?' },
    expertise: { name: 'Mais elevado nível de especialização', question: 'Contribuíram os pares e os especialistas adequados?' },
    complementarity: { name: 'Complementaridade e sinergia', question: 'Baseia-se noutros programas e doadores, evitando duplicá-los?' },
    partnershipValue: { name: 'Valor acrescentado da parceria', question: 'Trabalhar com administrações homólogas permitiu alcançar mais do que trabalhar isoladamente?' },
    knowledgeExchange: { name: 'Catalisador da troca de conhecimentos', question: 'Deu início a intercâmbios duradouros entre instituições ou países?' },
  },
  scores: { 1: 'Ainda não', 2: 'Emergente', 3: 'Consolidado', 4: 'Exemplar' },
  notRated: 'Não classificado',
  export: {
    criterion: 'Critério',
    score: 'Classificação',
    evidence: 'Elementos comprovativos',
    comment: 'Comentário',
    assessedBy: 'Avaliado por',
    history: 'Evolução das classificações',
    date: 'Data',
    none: 'Ainda não foi registada nenhuma autoavaliação.',
  },
};
