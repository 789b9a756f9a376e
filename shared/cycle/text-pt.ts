import type { CycleText } from './text.ts';

/** Redação portuguesa do guia do ciclo da política. */
export const cycleTextPt: CycleText = {
  stages: {
    mandate: {
      name: 'Mandato e delimitação',
      summary: 'Acordar quem coordena, a razão de ser do processo, quem integra o grupo restrito e o calendário.',
      guidance: [
        'Designe a instituição coordenadora e redija uma breve declaração de missão: o que a política deve alcançar e para quem.',
        'Constitua um grupo restrito que abranja vários ministérios, agências e direções — um texto redigido por um único organismo tende a refletir apenas a sua própria visão.',
        'Estabeleça um roteiro com marcos datados e realistas, incluindo as sessões de redação e as etapas de validação.',
        'Indique as áreas temáticas abrangidas pela política, para encontrar mais facilmente trabalhos e pares relacionados.',
      ],
    },
    problem: {
      name: 'Identificação do problema',
      summary: 'Indicar que questões a política deve tratar, por que razão constituem problemas públicos e o que dizem os dados.',
      guidance: [
        'Redija um ou mais enunciados de problema e explique por que razão cada um exige uma ação pública.',
        'Enumere as fontes de dados disponíveis (recenseamento, inquéritos, registos de fronteira e de autorizações de residência, registos consulares) e quem as detém.',
        'Registe o que falta: as lacunas de dados determinam o que a política pode prometer e o que tem de construir.',
        'Mantenha as notas de levantamento de factos junto dos dados em que se baseiam.',
      ],
    },
    analysis: {
      name: 'Análise da política',
      summary: 'Compreender a situação, fixar objetivos de longo prazo e comparar as opções para os alcançar.',
      guidance: [
        'Identifique forças, fraquezas, oportunidades e ameaças, ligando cada ponto aos dados sempre que possível.',
        'Analise as lacunas nas leis, instituições, políticas, práticas e dados, por comparação com uma referência ou com a prática de pares.',
        'Mapeie as partes interessadas segundo a sua influência e o seu interesse, para decidir como envolver cada uma.',
        'Acorde objetivos coerentes com o plano nacional de desenvolvimento e avalie depois as opções para cada um: vantagens, inconvenientes, recursos, viabilidade e riscos. Assinale a opção preferida.',
      ],
    },
    instruments: {
      name: 'Instrumentos de política',
      summary: 'Escolher os meios para cada objetivo: normas, financiamento, informação ou organização.',
      guidance: [
        'Para cada objetivo acordado, considere instrumentos regulamentares, financeiros, informativos e organizacionais.',
        'Avalie os candidatos segundo critérios explícitos, como o custo, os recursos disponíveis e o mandato institucional.',
        'Selecione pelo menos um instrumento por objetivo e indique a instituição responsável por ele.',
      ],
    },
    drafting: {
      name: 'Redação e consulta',
      summary: 'Redigir a política capítulo a capítulo, revê-la com os peritos e consultar as partes interessadas.',
      guidance: [
        'Parta de um modelo e redija em sessões; entre as sessões, os peritos fazem a revisão à distância.',
        'Registe cada sessão de redação: formato, secções tratadas, participantes e resultados.',
        'Publique uma versão para consulta e dê a cada contributo um seguimento registado.',
        'Encerre o projeto apenas quando não restar nenhuma conversa de comentários nem proposta em aberto.',
      ],
    },
    validation: {
      name: 'Validação e adoção',
      summary: 'Fazer o texto percorrer o circuito de aprovações até à adoção política.',
      guidance: [
        'Acorde o circuito de aprovações: grupo restrito, seminário de validação, comité de pilotagem, adoção técnica e política.',
        'Cada assinatura fixa uma versão com nome; uma edição posterior obriga a assinar de novo as etapas seguintes.',
        'Registe a própria adoção (decreto, Conselho de Ministros) no registo de decisões.',
      ],
    },
    implementation: {
      name: 'Planeamento da execução',
      summary: 'Transformar os objetivos em medidas com responsáveis, datas, indicadores, metas e recursos.',
      guidance: [
        'Atribua a cada objetivo acordado pelo menos uma medida, desdobrada em atividades quando for útil.',
        'Cada medida precisa de uma instituição responsável, de datas, de um indicador com valor de referência e meta, e de recursos.',
        'Quando um plano nacional é adaptado a nível local, mantenha uma variante por município.',
      ],
    },
    monitoring: {
      name: 'Acompanhamento e avaliação',
      summary: 'Acompanhar os progressos com uma periodicidade regular, avaliar e levar as lições para o ciclo seguinte.',
      guidance: [
        'Reveja o estado das medidas e os valores dos indicadores com a periodicidade acordada (mensal, trimestral, anual).',
        'Torne visíveis desde cedo as medidas em atraso, em vez de esperar pela avaliação final.',
        'Registe as lições aprendidas no registo de decisões: servem de base ao ciclo seguinte.',
      ],
    },
  },
  criteria: {
    leadAndMission: 'Estão definidas uma instituição coordenadora e uma declaração de missão',
    coreGroupInstitutions: 'O grupo restrito tem membros de pelo menos 3 instituições',
    roadmapDated: 'O roteiro tem marcos, todos datados',
    thematicAreas: 'Está indicada pelo menos uma área temática',
    problemStatement: 'Existe um enunciado de problema',
    evidenceSources: 'O registo de dados enumera pelo menos uma fonte',
    evidenceGaps: 'O registo de dados assinala lacunas de dados',
    swotFilled: 'A análise SWOT tem pelo menos 4 pontos',
    stakeholdersMapped: 'As partes interessadas estão mapeadas',
    gapAnalysis: 'Foi iniciada uma análise de lacunas',
    objectivesAgreed: 'Todos os objetivos estão acordados',
    preferredOptions: 'Cada objetivo tem uma opção avaliada assinalada como preferida',
    instrumentsSelected: 'Cada objetivo acordado tem pelo menos um instrumento selecionado',
    draftExists: 'Está a ser redigido um documento de política',
    draftingSession: 'Está registada pelo menos uma sessão de redação',
    noOpenThreads: 'Não há nenhuma conversa de comentários em aberto no projeto',
    noOpenSuggestions: 'Não há nenhuma alteração proposta pendente no projeto',
    inputsDispositioned: 'Cada contributo da consulta teve um seguimento',
    validationSigned: 'Todas as etapas do circuito de validação estão assinadas',
    adoptionRecorded: 'A adoção está registada no registo de decisões',
    measuresPerObjective: 'Cada objetivo acordado tem pelo menos uma medida',
    measuresComplete: 'Cada medida tem um responsável, datas, um indicador e uma meta',
    measuresMonitored: 'Cada medida tem um estado comunicado',
    lessonsRecorded: 'As lições aprendidas estão registadas',
  },
  notTracked: 'Ainda não acompanhado neste espaço',
};
