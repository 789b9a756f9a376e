/**
 * Archiving, restoring and deleting for good, in every feature that offers them (workspaces,
 * documents, institutions, matrix items), spread into the app dictionary (`lib/i18n/en.ts`).
 */
export const archiveMessagesEn = {
  'archive.archive': 'Archive',
  'archive.archiveNamed': 'Archive “{name}”',
  'archive.restore': 'Restore',
  'archive.restoreNamed': 'Restore “{name}”',
  'archive.undo': 'Undo',
  'archive.archivedOn': 'Archived {date}',
  'archive.done': '“{name}” was archived.',
  'archive.restored': '“{name}” was restored.',
  'archive.deleteForGood': 'Delete for good',
  'archive.deleteForGoodNamed': 'Delete “{name}” for good',
  'archive.counting': 'Counting what would be deleted…',
  'archive.cannotUndo': 'This cannot be undone.',

  'archive.documents.heading': 'Archived documents ({count})',
  'archive.documents.intro': 'Read-only and out of the list above. Restore one to work on it again.',
  'archive.documents.deleteTitle': 'Delete the document “{name}” for good?',
  'archive.documents.deleteBody': 'Its text, signatures and public links are deleted for everyone, with:',

  'archive.workspace.archive': 'Archive workspace',
  'archive.workspace.confirmTitle': 'Archive the workspace “{name}”?',
  'archive.workspace.confirmBody':
    'It becomes read-only for all its members: nobody can edit its documents, comment, or change its matrices, members or settings until a facilitator or chair restores it. Nothing is deleted.',
  'archive.workspace.banner': 'This workspace was archived {date}. It is read-only for everyone until a facilitator or chair restores it.',
  'archive.workspace.restore': 'Restore workspace',
  'archive.workspace.deleteTitle': 'Delete the workspace “{name}” for good?',
  'archive.workspace.deleteBody': 'Everything in it is deleted — with its institutions and its activity record — and its members lose access:',
  'archive.count.documents': 'Documents',
  'archive.count.versions': 'Versions',
  'archive.count.threads': 'Comment threads',
  'archive.count.comments': 'Comments',
  'archive.count.matrixItems': 'Matrix items',
  'archive.count.members': 'Members',
  'archive.workspace.typeName': 'Type the workspace’s name to confirm: {name}',
  'archive.workspaces.heading': 'Archived workspaces ({count})',
  'archive.workspaces.badge': 'Archived',

  'archive.document.notice': 'This document was archived {date}: it is read-only until someone restores it from the workspace’s archived documents.',
  'archive.document.workspaceNotice': 'This workspace is archived: its documents are read-only until a facilitator or chair restores it.',

  'archive.institutions.heading': 'Archived institutions',
  'archive.institutions.intro': 'Offered to nobody new; members already in them keep them.',

  'archive.matrix.workspaceNotice': 'This workspace is archived: its matrices are read-only until a facilitator or chair restores it.',
  'archive.matrix.show': 'Archived ({count})',
  'archive.matrix.hide': 'Back to the matrix',
  'archive.matrix.heading': 'Archived items',
  'archive.matrix.empty': 'Nothing is archived in this matrix.',
  'archive.matrix.deleteTitle': 'Delete “{name}”?',
  'archive.matrix.deleteBody': 'It leaves the matrix, and can be brought back for a day. To keep it aside for longer, archive it instead.',
  'archive.matrix.delete': 'Delete',

  'archive.message.deleteTitle': 'Delete your message?',
  'archive.message.deleteBody': 'Your message on “{quote}” will read “Message deleted” for everyone. This cannot be undone.',

  'archive.invitation.revokeTitle': 'Revoke the invitation for {email}?',
  'archive.invitation.revokeBody': 'The link sent to {email} stops working at once. You can invite them again later.',

  'archive.error.workspace_archived': 'This workspace is archived: a facilitator or chair must restore it first.',
  'archive.error.document_archived': 'This document is archived: restore it first.',
  'archive.error.item_archived': 'This item is archived: restore it first.',
  'archive.error.not_archived': 'Archive it before deleting it for good.',
  'archive.error.lead_institution': 'The lead institution, and the ministry it is part of, cannot be archived: first name another lead institution in the workspace settings.',
} as const;
