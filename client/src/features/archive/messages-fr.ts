import type { Translation } from '../../lib/i18n/message.ts';
import type { archiveMessagesEn } from './messages-en.ts';

/** Archiver, restaurer et supprimer définitivement : traductions françaises. */
export const archiveMessagesFr: Translation<typeof archiveMessagesEn> = {
  'archive.archive': 'Archiver',
  'archive.archiveNamed': 'Archiver « {name} »',
  'archive.restore': 'Restaurer',
  'archive.restoreNamed': 'Restaurer « {name} »',
  'archive.undo': 'Annuler',
  'archive.archivedOn': 'Archivé le {date}',
  'archive.done': '« {name} » a été archivé.',
  'archive.restored': '« {name} » a été restauré.',
  'archive.deleteForGood': 'Supprimer définitivement',
  'archive.deleteForGoodNamed': 'Supprimer définitivement « {name} »',
  'archive.counting': 'Décompte de ce qui serait supprimé…',
  'archive.cannotUndo': 'Cette action est irréversible.',

  'archive.documents.heading': 'Documents archivés ({count})',
  'archive.documents.intro': 'En lecture seule et retirés de la liste ci-dessus. Restaurez-en un pour y travailler de nouveau.',
  'archive.documents.deleteTitle': 'Supprimer définitivement le document « {name} » ?',
  'archive.documents.deleteBody': 'Son texte, ses signatures et ses liens publics sont supprimés pour tout le monde, avec :',

  'archive.workspace.archive': 'Archiver l’espace de travail',
  'archive.workspace.confirmTitle': 'Archiver l’espace de travail « {name} » ?',
  'archive.workspace.confirmBody':
    'Il passe en lecture seule pour tous ses membres : personne ne peut modifier ses documents, commenter, ni changer ses matrices, ses membres ou ses paramètres avant qu’un facilitateur ou un président ne le restaure. Rien n’est supprimé.',
  'archive.workspace.banner': 'Cet espace de travail a été archivé le {date}. Il est en lecture seule pour tous jusqu’à ce qu’un facilitateur ou un président le restaure.',
  'archive.workspace.restore': 'Restaurer l’espace de travail',
  'archive.workspace.deleteTitle': 'Supprimer définitivement l’espace de travail « {name} » ?',
  'archive.workspace.deleteBody': 'Tout son contenu est supprimé — avec ses institutions et son journal d’activité — et ses membres perdent l’accès :',
  'archive.count.documents': 'Documents',
  'archive.count.versions': 'Versions',
  'archive.count.threads': 'Fils de commentaires',
  'archive.count.comments': 'Commentaires',
  'archive.count.matrixItems': 'Éléments de matrices',
  'archive.count.members': 'Membres',
  'archive.workspace.typeName': 'Saisissez le nom de l’espace de travail pour confirmer : {name}',
  'archive.workspaces.heading': 'Espaces de travail archivés ({count})',
  'archive.workspaces.badge': 'Archivé',

  'archive.document.notice': 'Ce document a été archivé le {date} : il est en lecture seule jusqu’à ce que quelqu’un le restaure depuis les documents archivés de l’espace de travail.',
  'archive.document.workspaceNotice': 'Cet espace de travail est archivé : ses documents sont en lecture seule jusqu’à ce qu’un facilitateur ou un président le restaure.',

  'archive.institutions.heading': 'Institutions archivées',
  'archive.institutions.intro': 'Proposées à personne de nouveau ; les membres qui en font partie les gardent.',

  'archive.matrix.workspaceNotice': 'Cet espace de travail est archivé : ses matrices sont en lecture seule jusqu’à ce qu’un facilitateur ou un président le restaure.',
  'archive.matrix.show': 'Archivés ({count})',
  'archive.matrix.hide': 'Retour à la matrice',
  'archive.matrix.heading': 'Éléments archivés',
  'archive.matrix.empty': 'Rien n’est archivé dans cette matrice.',
  'archive.matrix.deleteTitle': 'Supprimer « {name} » ?',
  'archive.matrix.deleteBody': 'L’élément quitte la matrice et peut être rétabli pendant une journée. Pour le mettre de côté plus longtemps, archivez-le plutôt.',
  'archive.matrix.delete': 'Supprimer',

  'archive.message.deleteTitle': 'Supprimer votre message ?',
  'archive.message.deleteBody': 'Votre message sur « {quote} » sera remplacé par « Message supprimé » pour tout le monde. Cette action est irréversible.',

  'archive.invitation.revokeTitle': 'Révoquer l’invitation de {email} ?',
  'archive.invitation.revokeBody': 'Le lien envoyé à {email} cesse aussitôt de fonctionner. Vous pourrez l’inviter de nouveau plus tard.',

  'archive.error.workspace_archived': 'Cet espace de travail est archivé : un facilitateur ou un président doit d’abord le restaurer.',
  'archive.error.document_archived': 'Ce document est archivé : restaurez-le d’abord.',
  'archive.error.item_archived': 'Cet élément est archivé : restaurez-le d’abord.',
  'archive.error.not_archived': 'Archivez-le avant de le supprimer définitivement.',
  'archive.error.lead_institution': 'L’institution chef de file, et le ministère dont elle fait partie, ne peuvent pas être archivés : désignez d’abord une autre institution chef de file dans les paramètres de l’espace.',
};
