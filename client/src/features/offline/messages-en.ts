/** English strings of offline work: the copy kept on this device, app updates, offline matrices. */
export const offlineMessagesEn = {
  // Short enough for the top bar; the detail is read out and shown on hover.
  'offline.status.savedLocally': 'Saved on this device ({count})',
  'offline.status.savedLocallyDetail': 'Changes not yet on the server: they are sent when the connection returns.',
  'offline.update.label': 'Update of Cadre',
  'offline.update.ready': 'A new version of Cadre is ready.',
  'offline.update.apply': 'Reload to update',
  'offline.update.waitForSave': 'It can be applied once your latest changes have reached the server.',
  'offline.update.appliedElsewhere': 'Cadre was updated in another tab. Reload this one when it suits you.',
  'offline.update.reload': 'Reload',
  'offline.update.later': 'Later',
  'offline.matrix.readOnly': 'You are offline: this matrix is shown as it was last loaded, and it cannot be changed until the connection returns.',
} as const;
