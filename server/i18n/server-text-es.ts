import type { ServerText } from './server-text.ts';

export const serverTextEs: ServerText = {
  automaticCheckpoint: 'Punto de control automático',
  validationSteps: ['Grupo núcleo', 'Taller de validación', 'Comité directivo', 'Adopción técnica', 'Adopción política'],
  roles: {
    facilitator: 'facilitador',
    chair: 'presidencia',
    drafter: 'redactor',
    expert: 'experto',
    observer: 'observador',
    consultee: 'persona consultada',
  },
  passwordReset: {
    subject: 'Restablezca su contraseña de Cadre',
    body: 'Alguien ha pedido restablecer la contraseña de su cuenta de Cadre.\n\nPara elegir una nueva contraseña, abra este enlace en el plazo de una hora:\n{link}\n\nSi no lo ha pedido usted, ignore este correo: su contraseña no cambia.\n',
  },
  signupConfirmation: {
    subject: 'Confirme su cuenta de Cadre',
    body: 'Alguien (esperamos que usted) ha creado una cuenta de Cadre con esta dirección.\n\nPara confirmarla e iniciar sesión, abra este enlace en un plazo de 24 horas:\n{link}\n\nSi no ha sido usted, ignore este correo: no se crea ninguna cuenta.\n',
  },
  signupExisting: {
    subject: 'Alguien intentó crear una cuenta de Cadre con su dirección',
    body: 'Alguien ha intentado crear una nueva cuenta de Cadre con esta dirección, que ya tiene una.\n\nSi ha sido usted, inicie sesión en {origin}/ o, si olvidó su contraseña, elija allí «¿Olvidó su contraseña?».\n\nSi no ha sido usted, puede ignorar este correo: nada ha cambiado.\n',
  },
  invitation: {
    subject: 'Invitación a {workspace}',
    body: '{inviter} le invita a unirse a «{workspace}» en Cadre como {role}.\n\nAbra este enlace en un plazo de siete días para aceptar:\n{link}\n',
  },
  digest: {
    subject: {
      one: 'Cadre: {count} notificación de revisión sin leer',
      many: 'Cadre: {count} de notificaciones de revisión sin leer',
      other: 'Cadre: {count} notificaciones de revisión sin leer',
    },
    actions: {
      mention: 'le ha mencionado',
      reply: 'ha respondido',
      resolved: 'ha resuelto su hilo',
      accepted: 'ha aceptado su sugerencia',
      rejected: 'ha rechazado su sugerencia',
      decision: 'ha decidido sobre su hilo',
      reportOverdue: 'Un informe de período está atrasado',
    },
  },
};
