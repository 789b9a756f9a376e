import type { Translation } from '../../lib/i18n/message.ts';
import type { accountMessagesEn } from './messages-en.ts';

/** Traduções portuguesas das regras de registo, da confirmação do endereço e das palavras-passe. */
export const accountMessagesPt: Translation<typeof accountMessagesEn> = {
  'auth.passwordRules': 'Pelo menos 10 caracteres. Não uma palavra-passe comum, nem o seu endereço de e-mail.',
  'auth.signupNotPossible': 'Não foi possível criar uma conta com estes dados. Se já tem uma conta, inicie sessão ou reponha a sua palavra-passe.',
  'auth.signupInvitationOnly': 'Neste servidor, as contas são criadas apenas por convite. Peça um convite a um facilitador do espaço de trabalho e abra depois a ligação que receber.',
  'auth.signupDomainsOnly': 'Neste servidor, as contas destinam-se a endereços de {domains}. Utilize o seu endereço profissional ou peça um convite.',
  'auth.policy.invite': 'Este servidor cria contas apenas por convite: abra a ligação do seu convite.',
  'auth.policy.domains': 'Neste servidor, as contas destinam-se a endereços de {domains}.',
  'auth.policy.confirmation': 'Vamos enviar-lhe por e-mail uma ligação para confirmar o seu endereço.',
  'auth.confirmationSent': 'Consulte a sua caixa de correio: enviámos uma mensagem para {email}. Abra a ligação que ela contém no prazo de 24 horas para concluir.',
  'auth.confirmationSentInvite': 'Depois de confirmar o seu endereço, abra novamente esta ligação de convite para aderir ao espaço de trabalho.',
  'auth.emailUnconfirmed': 'Confirme primeiro o seu endereço: abra a ligação que lhe enviámos por e-mail quando criou a conta.',
  'auth.accountDisabled': 'Esta conta foi desativada. Contacte o administrador deste servidor.',
  'auth.backToForm': 'Voltar',

  'confirm.heading': 'Confirmar a sua conta',
  'confirm.intro': 'Confirme o seu endereço de e-mail para concluir a criação da sua conta Cadre.',
  'confirm.submit': 'Confirmar e iniciar sessão',
  'confirm.invalid': 'Esta ligação de confirmação não é válida. Registe-se novamente para receber uma nova.',
  'confirm.expired': 'Esta ligação de confirmação expirou. Registe-se novamente para receber uma nova.',
  'confirm.used': 'Este endereço já tem uma conta. Inicie sessão.',
  'confirm.goSignIn': 'Ir para o início de sessão',
};
