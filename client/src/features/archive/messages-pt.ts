import type { Translation } from '../../lib/i18n/message.ts';
import type { archiveMessagesEn } from './messages-en.ts';

/** Arquivar, restaurar e eliminar definitivamente: traduções portuguesas. */
export const archiveMessagesPt: Translation<typeof archiveMessagesEn> = {
  'archive.archive': 'Arquivar',
  'archive.archiveNamed': 'Arquivar «{name}»',
  'archive.restore': 'Restaurar',
  'archive.restoreNamed': 'Restaurar «{name}»',
  'archive.undo': 'Anular',
  'archive.archivedOn': 'Arquivado em {date}',
  'archive.done': '«{name}» foi arquivado.',
  'archive.restored': '«{name}» foi restaurado.',
  'archive.deleteForGood': 'Eliminar definitivamente',
  'archive.deleteForGoodNamed': 'Eliminar definitivamente «{name}»',
  'archive.counting': 'A contar o que seria eliminado…',
  'archive.cannotUndo': 'Esta ação não pode ser anulada.',

  'archive.documents.heading': 'Documentos arquivados ({count})',
  'archive.documents.intro': 'Só de leitura e retirados da lista acima. Restaure um deles para voltar a trabalhar nele.',
  'archive.documents.deleteTitle': 'Eliminar definitivamente o documento «{name}»?',
  'archive.documents.deleteBody': 'O seu texto, as suas assinaturas e as suas ligações públicas são eliminados para todos, juntamente com:',

  'archive.workspace.archive': 'Arquivar o espaço de trabalho',
  'archive.workspace.confirmTitle': 'Arquivar o espaço de trabalho «{name}»?',
  'archive.workspace.confirmBody':
    'Passa a ser só de leitura para todos os seus membros: ninguém pode editar os seus documentos, comentar, nem alterar as suas matrizes, membros ou definições até que um facilitador ou o presidente o restaure. Nada é eliminado.',
  'archive.workspace.banner': 'Este espaço de trabalho foi arquivado em {date}. É só de leitura para todos até que um facilitador ou o presidente o restaure.',
  'archive.workspace.restore': 'Restaurar o espaço de trabalho',
  'archive.workspace.deleteTitle': 'Eliminar definitivamente o espaço de trabalho «{name}»?',
  'archive.workspace.deleteBody': 'Todo o seu conteúdo é eliminado — com as suas instituições e o seu registo de atividade — e os seus membros perdem o acesso:',
  'archive.count.documents': 'Documentos',
  'archive.count.versions': 'Versões',
  'archive.count.threads': 'Conversas de comentários',
  'archive.count.comments': 'Comentários',
  'archive.count.matrixItems': 'Elementos de matrizes',
  'archive.count.members': 'Membros',
  'archive.workspace.typeName': 'Escreva o nome do espaço de trabalho para confirmar: {name}',
  'archive.workspaces.heading': 'Espaços de trabalho arquivados ({count})',
  'archive.workspaces.badge': 'Arquivado',

  'archive.document.notice': 'Este documento foi arquivado em {date}: é só de leitura até que alguém o restaure a partir dos documentos arquivados do espaço de trabalho.',
  'archive.document.workspaceNotice': 'Este espaço de trabalho está arquivado: os seus documentos são só de leitura até que um facilitador ou o presidente o restaure.',

  'archive.institutions.heading': 'Instituições arquivadas',
  'archive.institutions.intro': 'Já não são propostas a novos membros; os membros que delas fazem parte mantêm-nas.',

  'archive.matrix.workspaceNotice': 'Este espaço de trabalho está arquivado: as suas matrizes são só de leitura até que um facilitador ou o presidente o restaure.',
  'archive.matrix.show': 'Arquivados ({count})',
  'archive.matrix.hide': 'Voltar à matriz',
  'archive.matrix.heading': 'Elementos arquivados',
  'archive.matrix.empty': 'Não há nada arquivado nesta matriz.',
  'archive.matrix.deleteTitle': 'Eliminar «{name}»?',
  'archive.matrix.deleteBody': 'O elemento sai da matriz e pode ser recuperado durante um dia. Para o pôr de lado por mais tempo, arquive-o em vez de o eliminar.',
  'archive.matrix.delete': 'Eliminar',

  'archive.message.deleteTitle': 'Eliminar a sua mensagem?',
  'archive.message.deleteBody': 'A sua mensagem sobre «{quote}» passará a indicar «Mensagem eliminada» para todos. Esta ação não pode ser anulada.',

  'archive.invitation.revokeTitle': 'Revogar o convite de {email}?',
  'archive.invitation.revokeBody': 'A ligação enviada para {email} deixa de funcionar de imediato. Poderá voltar a convidar esta pessoa mais tarde.',

  'archive.error.workspace_archived': 'Este espaço de trabalho está arquivado: um facilitador ou o presidente tem primeiro de o restaurar.',
  'archive.error.document_archived': 'Este documento está arquivado: restaure-o primeiro.',
  'archive.error.item_archived': 'Este elemento está arquivado: restaure-o primeiro.',
  'archive.error.not_archived': 'Arquive-o antes de o eliminar definitivamente.',
  'archive.error.lead_institution': 'A instituição coordenadora, e o ministério de que faz parte, não podem ser arquivados: designe primeiro outra instituição coordenadora nas definições do espaço de trabalho.',
};
