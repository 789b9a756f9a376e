import type { CycleText } from './text.ts';

export const cycleTextEs: CycleText = {
  stages: {
    mandate: {
      name: 'Mandato y alcance',
      summary: 'Acordar quién lidera, por qué existe el proceso, quién integra el grupo núcleo y cuándo debe ocurrir cada etapa.',
      guidance: [
        'Designe la institución líder y redacte una breve declaración de misión: qué debe lograr la política y para quién.',
        'Forme un grupo núcleo que abarque ministerios, organismos y direcciones: un texto redactado por un solo organismo suele reflejar solo su propia visión.',
        'Fije una hoja de ruta con hitos fechados que realmente pueda cumplir, incluidas las sesiones de redacción y las etapas de validación.',
        'Etiquete las áreas temáticas que abarca la política para encontrar con más facilidad trabajos afines y pares.',
      ],
    },
    problem: {
      name: 'Identificación del problema',
      summary: 'Precisar qué cuestiones debe abordar la política, por qué son problemas públicos y qué dice la evidencia.',
      guidance: [
        'Redacte una o varias definiciones del problema y explique por qué cada una requiere una acción pública.',
        'Enumere las fuentes de datos disponibles (censo, encuestas, registros de fronteras y permisos, registros consulares) y quién las custodia.',
        'Registre lo que falta: los vacíos de datos determinan lo que la política puede prometer y lo que debe construir.',
        'Mantenga las notas de investigación junto a la evidencia en la que se apoyan.',
      ],
    },
    analysis: {
      name: 'Análisis de políticas',
      summary: 'Comprender la situación, fijar objetivos a largo plazo y comparar las opciones para alcanzarlos.',
      guidance: [
        'Identifique fortalezas, debilidades, oportunidades y amenazas, vinculando cada punto a la evidencia cuando sea posible.',
        'Analice las brechas en leyes, instituciones, políticas, prácticas y datos frente a una referencia o a la práctica de pares.',
        'Mapee a los actores según su influencia e interés para decidir cómo involucrar a cada uno.',
        'Acuerde objetivos coherentes con el plan nacional de desarrollo y luego evalúe las opciones para cada uno: ventajas, inconvenientes, recursos, viabilidad y riesgos. Marque la opción preferida.',
      ],
    },
    instruments: {
      name: 'Instrumentos de política',
      summary: 'Elegir los medios para cada objetivo: normas, recursos financieros, información u organización.',
      guidance: [
        'Para cada objetivo acordado, considere instrumentos normativos, financieros, informativos y organizativos.',
        'Califique a los candidatos según criterios explícitos como el costo, los recursos disponibles y el mandato institucional.',
        'Seleccione al menos un instrumento por objetivo y designe la institución responsable.',
      ],
    },
    drafting: {
      name: 'Redacción y consulta',
      summary: 'Redactar la política capítulo por capítulo, revisarla con expertos y consultar a los actores.',
      guidance: [
        'Parta de una plantilla y redacte en sesiones; entre sesiones, los expertos revisan a distancia.',
        'Registre cada sesión de redacción: formato, secciones tratadas, participantes y resultados.',
        'Publique una versión para consulta y dé a cada aporte una respuesta registrada.',
        'Cierre el borrador solo cuando no quede abierto ningún hilo de comentarios ni ninguna sugerencia.',
      ],
    },
    validation: {
      name: 'Validación y adopción',
      summary: 'Llevar el texto por la escala de aprobaciones hasta su adopción política.',
      guidance: [
        'Acuerde la escala de aprobaciones: grupo núcleo, taller de validación, comité directivo, adopción técnica y política.',
        'Cada firma congela una versión con nombre; una edición posterior obliga a firmar de nuevo las etapas siguientes.',
        'Registre la adopción misma (decreto, consejo de ministros) en el registro de decisiones.',
      ],
    },
    implementation: {
      name: 'Planificación de la implementación',
      summary: 'Convertir los objetivos en medidas con responsables, fechas, indicadores, metas y recursos.',
      guidance: [
        'Asigne a cada objetivo acordado al menos una medida, desglosada en actividades cuando sea útil.',
        'Cada medida necesita una institución responsable, fechas, un indicador con línea de base y meta, y recursos.',
        'Cuando un plan nacional se adapta a nivel local, mantenga una variante por municipio.',
      ],
    },
    monitoring: {
      name: 'Seguimiento y evaluación',
      summary: 'Seguir los avances con una periodicidad regular, evaluar y trasladar las lecciones al siguiente ciclo.',
      guidance: [
        'Revise el estado de las medidas y los valores de los indicadores con la periodicidad acordada (mensual, trimestral, anual).',
        'Haga visibles a tiempo las medidas que se retrasan, en lugar de esperar a la evaluación final.',
        'Registre las lecciones aprendidas en el panel de seguimiento: alimentan el siguiente ciclo.',
      ],
    },
  },
  criteria: {
    leadAndMission: 'Se han fijado una institución líder y una declaración de misión',
    coreGroupInstitutions: 'El grupo núcleo tiene miembros de al menos 3 instituciones',
    roadmapDated: 'La hoja de ruta tiene hitos, todos ellos fechados',
    thematicAreas: 'Se ha etiquetado al menos un área temática',
    problemStatement: 'Existe una definición del problema',
    evidenceSources: 'El registro de evidencia enumera al menos una fuente',
    evidenceGaps: 'El registro de evidencia recoge los vacíos de datos',
    swotFilled: 'El FODA tiene al menos 4 puntos',
    stakeholdersMapped: 'Los actores están mapeados',
    gapAnalysis: 'Se ha iniciado un análisis de brechas',
    objectivesAgreed: 'Todos los objetivos están acordados',
    preferredOptions: 'Cada objetivo tiene una opción evaluada marcada como preferida',
    instrumentsSelected: 'Cada objetivo acordado tiene al menos un instrumento seleccionado',
    draftExists: 'Se está redactando un documento de política',
    draftingSession: 'Se ha registrado al menos una sesión de redacción',
    noOpenThreads: 'No hay ningún hilo de comentarios abierto en el borrador',
    noOpenSuggestions: 'No hay ninguna sugerencia de cambio pendiente en el borrador',
    inputsDispositioned: 'Cada aporte de la consulta tiene una respuesta',
    validationSigned: 'Todas las etapas de la escala de validación están firmadas',
    adoptionRecorded: 'La adopción consta en el registro de decisiones',
    measuresPerObjective: 'Cada objetivo acordado tiene al menos una medida',
    measuresComplete: 'Cada medida tiene un responsable, fechas, un indicador y una meta',
    measuresMonitored: 'Cada medida tiene un informe para su último período vencido',
    lessonsRecorded: 'Las lecciones aprendidas están registradas',
  },
  notTracked: 'Aún no se sigue en este espacio de trabajo',
};
