import type { Translation } from '../../lib/i18n/message.ts';
import type { archiveMessagesEn } from './messages-en.ts';

/** Spanish strings of archiving, restoring and deleting for good. */
export const archiveMessagesEs: Translation<typeof archiveMessagesEn> = {
  'archive.archive': 'Archivar',
  'archive.archiveNamed': 'Archivar «{name}»',
  'archive.restore': 'Restaurar',
  'archive.restoreNamed': 'Restaurar «{name}»',
  'archive.undo': 'Deshacer',
  'archive.archivedOn': 'Archivado el {date}',
  'archive.done': 'Se archivó «{name}».',
  'archive.restored': 'Se restauró «{name}».',
  'archive.deleteForGood': 'Eliminar definitivamente',
  'archive.deleteForGoodNamed': 'Eliminar «{name}» definitivamente',
  'archive.counting': 'Contando lo que se eliminaría…',
  'archive.cannotUndo': 'Esta acción no se puede deshacer.',

  'archive.documents.heading': 'Documentos archivados ({count})',
  'archive.documents.intro': 'De solo lectura y fuera de la lista anterior. Restaure uno para volver a trabajar en él.',
  'archive.documents.deleteTitle': '¿Eliminar definitivamente el documento «{name}»?',
  'archive.documents.deleteBody': 'Su texto, firmas y enlaces públicos se eliminan para todos, junto con:',

  'archive.workspace.archive': 'Archivar el espacio de trabajo',
  'archive.workspace.confirmTitle': '¿Archivar el espacio de trabajo «{name}»?',
  'archive.workspace.confirmBody':
    'Pasa a ser de solo lectura para todos sus miembros: nadie puede editar sus documentos, comentar ni cambiar sus matrices, miembros o ajustes hasta que un facilitador o la presidencia lo restaure. No se elimina nada.',
  'archive.workspace.banner': 'Este espacio de trabajo se archivó el {date}. Es de solo lectura para todos hasta que un facilitador o la presidencia lo restaure.',
  'archive.workspace.restore': 'Restaurar el espacio de trabajo',
  'archive.workspace.deleteTitle': '¿Eliminar definitivamente el espacio de trabajo «{name}»?',
  'archive.workspace.deleteBody': 'Se elimina todo su contenido, con sus instituciones y su registro de actividad, y sus miembros pierden el acceso:',
  'archive.count.documents': 'Documentos',
  'archive.count.versions': 'Versiones',
  'archive.count.threads': 'Hilos de comentarios',
  'archive.count.comments': 'Comentarios',
  'archive.count.matrixItems': 'Elementos de matrices',
  'archive.count.members': 'Miembros',
  'archive.workspace.typeName': 'Escriba el nombre del espacio de trabajo para confirmar: {name}',
  'archive.workspaces.heading': 'Espacios de trabajo archivados ({count})',
  'archive.workspaces.badge': 'Archivado',

  'archive.document.notice': 'Este documento se archivó el {date}: es de solo lectura hasta que alguien lo restaure desde los documentos archivados del espacio de trabajo.',
  'archive.document.workspaceNotice': 'Este espacio de trabajo está archivado: sus documentos son de solo lectura hasta que un facilitador o la presidencia lo restaure.',

  'archive.institutions.heading': 'Instituciones archivadas',
  'archive.institutions.intro': 'Ya no se ofrecen a nadie nuevo; los miembros que ya pertenecen a ellas las conservan.',

  'archive.matrix.workspaceNotice': 'Este espacio de trabajo está archivado: sus matrices son de solo lectura hasta que un facilitador o la presidencia lo restaure.',
  'archive.matrix.show': 'Archivados ({count})',
  'archive.matrix.hide': 'Volver a la matriz',
  'archive.matrix.heading': 'Elementos archivados',
  'archive.matrix.empty': 'No hay nada archivado en esta matriz.',
  'archive.matrix.deleteTitle': '¿Eliminar «{name}»?',
  'archive.matrix.deleteBody': 'Sale de la matriz y puede recuperarse durante un día. Para apartarlo más tiempo, archívelo.',
  'archive.matrix.delete': 'Eliminar',

  'archive.message.deleteTitle': '¿Eliminar su mensaje?',
  'archive.message.deleteBody': 'Su mensaje sobre «{quote}» aparecerá como «Mensaje eliminado» para todos. Esta acción no se puede deshacer.',

  'archive.invitation.revokeTitle': '¿Revocar la invitación para {email}?',
  'archive.invitation.revokeBody': 'El enlace enviado a {email} deja de funcionar de inmediato. Puede volver a invitarle más adelante.',

  'archive.error.workspace_archived': 'Este espacio de trabajo está archivado: primero un facilitador o la presidencia debe restaurarlo.',
  'archive.error.document_archived': 'Este documento está archivado: restáurelo primero.',
  'archive.error.item_archived': 'Este elemento está archivado: restáurelo primero.',
  'archive.error.not_archived': 'Archívelo antes de eliminarlo definitivamente.',
  'archive.error.lead_institution': 'No se puede archivar la institución líder ni el ministerio del que forma parte: primero designe otra institución líder en los ajustes del espacio de trabajo.',
};
