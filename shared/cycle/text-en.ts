import type { CycleText } from './text.ts';

/** English wording of the policy-cycle guide. */
export const cycleTextEn: CycleText = {
  stages: {
    mandate: {
      name: 'Mandate and scoping',
      summary: 'Agree who leads, why the process exists, who sits in the core group and when things should happen.',
      guidance: [
        'Name the lead institution and write a short mission statement: what the policy should achieve and for whom.',
        'Build a core group that spans ministries, agencies and divisions — a text written by one agency tends to reflect only its own view.',
        'Set a roadmap with dated milestones you can actually hold, including drafting sessions and validation steps.',
        'Tag the thematic areas the policy covers so related work and peers are easier to find.',
      ],
    },
    problem: {
      name: 'Problem identification',
      summary: 'State which issues the policy must address, why they are public problems, and what the evidence says.',
      guidance: [
        'Write one or more problem statements and explain why each calls for public action.',
        'List the data sources available (census, surveys, border and permit records, consular registers) and who holds them.',
        'Record what is missing: data gaps shape what the policy can promise and what it must build.',
        'Keep fact-finding notes close to the evidence they rely on.',
      ],
    },
    analysis: {
      name: 'Policy analysis',
      summary: 'Understand the situation, set long-term objectives and compare the options for reaching them.',
      guidance: [
        'Map strengths, weaknesses, opportunities and threats, linking each point to evidence where you can.',
        'Analyse gaps in laws, institutions, policies, practices and data against a reference or peer practice.',
        'Map stakeholders by influence and interest to decide how to engage each one.',
        'Agree objectives that fit the national development plan, then appraise options for each: advantages, drawbacks, resources, feasibility and risks. Mark the preferred option.',
      ],
    },
    instruments: {
      name: 'Policy instruments',
      summary: 'Choose the means for each objective: rules, money, information or organisation.',
      guidance: [
        'For every agreed objective, consider regulatory, financial, informational and organisational instruments.',
        'Rate candidates on explicit criteria such as cost, available resources and institutional mandate.',
        'Select at least one instrument per objective and name the institution responsible for it.',
      ],
    },
    drafting: {
      name: 'Drafting and consultation',
      summary: 'Write the policy chapter by chapter, review it with experts and consult stakeholders.',
      guidance: [
        'Start from a template and draft in sessions; between sessions, experts review remotely.',
        'Record each drafting session: format, sections covered, participants and outcomes.',
        'Publish a version for consultation and give every input a recorded disposition.',
        'Close the draft only when no comment thread or suggestion remains open.',
      ],
    },
    validation: {
      name: 'Validation and adoption',
      summary: 'Take the text through the sign-off ladder up to political adoption.',
      guidance: [
        'Agree the ladder of sign-offs: core group, validation workshop, steering committee, technical and political adoption.',
        'Each signature freezes a named version; a later edit means the following steps must be signed again.',
        'Record the adoption itself (decree, council of ministers) in the decision log.',
      ],
    },
    implementation: {
      name: 'Implementation planning',
      summary: 'Turn objectives into measures with owners, dates, indicators, targets and resources.',
      guidance: [
        'Give every agreed objective at least one measure, broken down into activities where useful.',
        'Each measure needs a responsible institution, dates, an indicator with baseline and target, and resources.',
        'Where a national plan is tailored locally, keep one variant per municipality.',
      ],
    },
    monitoring: {
      name: 'Monitoring and evaluation',
      summary: 'Follow progress on a regular cadence, evaluate, and carry the lessons into the next cycle.',
      guidance: [
        'Review measure status and indicator values on an agreed cadence (monthly, quarterly, yearly).',
        'Make slipping measures visible early rather than at the final evaluation.',
        'Record lessons learned on the monitoring dashboard: they seed the next cycle.',
      ],
    },
  },
  criteria: {
    leadAndMission: 'A lead institution and a mission statement are set',
    coreGroupInstitutions: 'The core group has members from at least 3 institutions',
    roadmapDated: 'The roadmap has milestones, all of them dated',
    thematicAreas: 'At least one thematic area is tagged',
    problemStatement: 'A problem statement exists',
    evidenceSources: 'The evidence register lists at least one source',
    evidenceGaps: 'The evidence register records data gaps',
    swotFilled: 'The SWOT has at least 4 points',
    stakeholdersMapped: 'Stakeholders are mapped',
    gapAnalysis: 'A gap analysis is started',
    objectivesAgreed: 'All objectives are agreed',
    preferredOptions: 'Each objective has an appraised option marked preferred',
    instrumentsSelected: 'Each agreed objective has at least one selected instrument',
    draftExists: 'A policy document is being drafted',
    draftingSession: 'At least one drafting session is recorded',
    noOpenThreads: 'No comment thread is open on the draft',
    noOpenSuggestions: 'No suggested change is pending on the draft',
    inputsDispositioned: 'Every consultation input has a disposition',
    validationSigned: 'Every step of the validation ladder is signed',
    adoptionRecorded: 'The adoption is recorded in the decision log',
    measuresPerObjective: 'Each agreed objective has at least one measure',
    measuresComplete: 'Every measure has an owner, dates, an indicator and a target',
    measuresMonitored: 'Every measure has a report for its latest period due',
    lessonsRecorded: 'Lessons learned are recorded',
  },
  notTracked: 'Not tracked in this workspace yet',
};
