import type { ServerText } from './server-text.ts';

/** O que o servidor escreve em português. */
export const serverTextPt: ServerText = {
  automaticCheckpoint: 'Ponto de restauro automático',
  validationSteps: ['Grupo restrito', 'Seminário de validação', 'Comité de pilotagem', 'Adoção técnica', 'Adoção política'],
  roles: {
    facilitator: 'facilitador',
    chair: 'presidente',
    drafter: 'redator',
    expert: 'perito',
    observer: 'observador',
    consultee: 'parte consultada',
  },
  passwordReset: {
    subject: 'Reponha a sua palavra-passe do Cadre',
    body: 'Foi pedida a reposição da palavra-passe da sua conta Cadre.\n\nPara escolher uma nova palavra-passe, abra esta ligação no prazo de uma hora:\n{link}\n\nSe não fez este pedido, ignore este e-mail: a sua palavra-passe mantém-se inalterada.\n',
  },
  signupConfirmation: {
    subject: 'Confirme a sua conta Cadre',
    body: 'Foi criada uma conta Cadre com este endereço (esperamos que por si).\n\nPara a confirmar e iniciar sessão, abra esta ligação no prazo de 24 horas:\n{link}\n\nSe não foi por sua iniciativa, ignore este e-mail: a conta não será criada.\n',
  },
  signupExisting: {
    subject: 'Alguém tentou criar uma conta Cadre com o seu endereço',
    body: 'Alguém tentou criar uma nova conta Cadre com este endereço, que já tem uma.\n\nSe foi por sua iniciativa, inicie sessão em {origin}/ ou, se se esqueceu da palavra-passe, escolha aí «Esqueceu-se da palavra-passe?».\n\nSe não foi por sua iniciativa, pode ignorar este e-mail: nada foi alterado.\n',
  },
  invitation: {
    subject: 'Convite para {workspace}',
    body: '{inviter} enviou-lhe um convite para aderir a «{workspace}» no Cadre com a função de {role}.\n\nAbra esta ligação no prazo de sete dias para aceitar:\n{link}\n',
  },
  digest: {
    subject: {
      one: 'Cadre: {count} notificação de revisão por ler',
      many: 'Cadre: {count} de notificações de revisão por ler',
      other: 'Cadre: {count} notificações de revisão por ler',
    },
    actions: {
      mention: 'mencionou o seu nome',
      reply: 'respondeu',
      resolved: 'resolveu a sua conversa',
      accepted: 'aceitou a sua proposta de alteração',
      rejected: 'recusou a sua proposta de alteração',
      decision: 'decidiu sobre a sua conversa',
      reportOverdue: 'um relatório de período está em atraso',
    },
  },
};
