import type { DocumentTemplate } from './template-types.ts';

export const standardOperatingProcedures: DocumentTemplate = {
  id: 'standard-operating-procedures',
  name: { en: 'Standard operating procedures', fr: 'Procédures opérationnelles normalisées' },
  description: {
    en: 'Step-by-step procedures shared by several institutions, for example to identify and refer victims or to process applications.',
    fr: 'Des procédures pas à pas communes à plusieurs institutions, par exemple pour identifier et orienter les victimes ou traiter les demandes.',
  },
  sections: [
    { en: ['Purpose and scope', 'Say which situations these procedures cover, who must apply them and on what legal basis.'], fr: ['Objet et champ d’application', 'Indiquez les situations couvertes, qui doit appliquer ces procédures et sur quelle base juridique.'] },
    { en: ['Definitions', 'Define the terms used, consistently with the workspace glossary.'], fr: ['Définitions', 'Définissez les termes employés, en cohérence avec le glossaire de l’espace.'] },
    { en: ['Roles and responsibilities', 'For each institution, state what it does, who its focal point is and how to reach them.'], fr: ['Rôles et responsabilités', 'Pour chaque institution, indiquez ce qu’elle fait, qui est son point focal et comment le joindre.'] },
    {
      en: ['Procedures', 'Describe each procedure as numbered steps: who acts, what they do, within which time limit, and what record they keep.'],
      fr: ['Procédures', 'Décrivez chaque procédure en étapes numérotées : qui agit, quoi faire, dans quel délai et quelle trace conserver.'],
      sections: [
        { en: ['Identification', 'How a case is detected and first assessed.'], fr: ['Identification', 'Comment un cas est repéré et évalué une première fois.'] },
        { en: ['Referral', 'To whom the case is referred, with what information, and how the referring body is informed of follow-up.'], fr: ['Orientation', 'Vers qui le cas est orienté, avec quelles informations, et comment l’organisme qui oriente est informé des suites.'] },
        { en: ['Assistance and follow-up', 'What support is given, by whom, and when the case is closed.'], fr: ['Assistance et suivi', 'Quel soutien est apporté, par qui, et quand le dossier est clos.'] },
      ],
    },
    { en: ['Data and confidentiality', 'Which data are recorded, who may see them, how they are shared between institutions and protected.'], fr: ['Données et confidentialité', 'Quelles données sont enregistrées, qui peut y accéder, comment elles sont partagées entre institutions et protégées.'] },
    { en: ['Training', 'Who needs training on these procedures and how new staff are introduced to them.'], fr: ['Formation', 'Qui doit être formé à ces procédures et comment les nouveaux agents y sont initiés.'] },
    { en: ['Annual update', 'Who reviews the procedures each year and how changes are agreed and communicated.'], fr: ['Mise à jour annuelle', 'Qui révise les procédures chaque année et comment les modifications sont convenues et diffusées.'] },
  ],
};
