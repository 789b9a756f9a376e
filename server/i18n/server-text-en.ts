import type { ServerText } from './server-text.ts';

/** What the server writes in English. */
export const serverTextEn: ServerText = {
  automaticCheckpoint: 'Automatic checkpoint',
  validationSteps: ['Core group', 'Validation workshop', 'Steering committee', 'Technical adoption', 'Political adoption'],
  roles: {
    facilitator: 'facilitator',
    chair: 'chair',
    drafter: 'drafter',
    expert: 'expert',
    observer: 'observer',
    consultee: 'consultee',
  },
  passwordReset: {
    subject: 'Reset your Cadre password',
    body: 'Someone asked to reset the password of your Cadre account.\n\nTo choose a new password, open this link within one hour:\n{link}\n\nIf you did not ask for this, ignore this email: your password stays as it is.\n',
  },
  signupConfirmation: {
    subject: 'Confirm your Cadre account',
    body: 'Someone (hopefully you) created a Cadre account with this address.\n\nTo confirm it and sign in, open this link within 24 hours:\n{link}\n\nIf it was not you, ignore this email: no account is created.\n',
  },
  signupExisting: {
    subject: 'Someone tried to create a Cadre account with your address',
    body: 'Someone tried to create a new Cadre account with this address, which already has one.\n\nIf it was you, sign in at {origin}/ or, if you forgot your password, choose “Forgot your password?” there.\n\nIf it was not you, you can ignore this email: nothing changed.\n',
  },
  invitation: {
    subject: 'Invitation to {workspace}',
    body: '{inviter} invites you to join “{workspace}” on Cadre as {role}.\n\nOpen this link within seven days to accept:\n{link}\n',
  },
  digest: {
    subject: { one: 'Cadre: {count} unread review notification', other: 'Cadre: {count} unread review notifications' },
    actions: {
      mention: 'mentioned you',
      reply: 'replied',
      resolved: 'resolved your thread',
      accepted: 'accepted your suggestion',
      rejected: 'rejected your suggestion',
      decision: 'decided on your thread',
      reportOverdue: 'A period report is overdue',
    },
  },
};
