import { inLanguage } from '../../shared/i18n/in-language.ts';
import type { WorkingLanguage } from '../../shared/i18n/working-languages.ts';

/**
 * The review report's (CSV) column headers and yes/no, in the language of the person who
 * downloads it: a table read by whoever asked for it, not a document of the workspace.
 */
export type ReviewCsvLabels = {
  header: readonly [string, string, string, string, string, string, string, string, string, string, string, string, string];
  yes: string;
  no: string;
};

export const REVIEW_CSV_LABELS: Readonly<Record<WorkingLanguage, ReviewCsvLabels>> = {
  en: {
    header: ['Thread', 'Kind', 'Status', 'Section', 'Anchor text', 'Current text', 'Detached', 'Author', 'Created',
      'Suggested text', 'Outcome', 'Decision reason', 'Messages'],
    yes: 'Yes',
    no: 'No',
  },
  fr: {
    header: ['Fil', 'Type', 'Statut', 'Section', 'Texte d’ancrage', 'Texte actuel', 'Détaché', 'Auteur', 'Créé le',
      'Texte proposé', 'Décision', 'Motif de la décision', 'Messages'],
    yes: 'Oui',
    no: 'Non',
  },
  pt: {
    header: ['Conversa', 'Tipo', 'Estado', 'Secção', 'Texto de ancoragem', 'Texto atual', 'Desligado', 'Autor', 'Criado em',
      'Texto sugerido', 'Decisão', 'Motivo da decisão', 'Mensagens'],
    yes: 'Sim',
    no: 'Não',
  },
  es: {
    header: ['Hilo', 'Tipo', 'Estado', 'Sección', 'Texto de anclaje', 'Texto actual', 'Desvinculado', 'Autor', 'Creado el',
      'Texto sugerido', 'Decisión', 'Motivo de la decisión', 'Mensajes'],
    yes: 'Sí',
    no: 'No',
  },
  ar: {
    header: ['السلسلة', 'النوع', 'الحالة', 'القسم', 'النص المرتبط', 'النص الحالي', 'منفصل', 'الكاتب', 'تاريخ الإنشاء',
      'النص المقترح', 'القرار', 'سبب القرار', 'الرسائل'],
    yes: 'نعم',
    no: 'لا',
  },
};

export const reviewCsvLabels = (language: string): ReviewCsvLabels => inLanguage(REVIEW_CSV_LABELS, language);
