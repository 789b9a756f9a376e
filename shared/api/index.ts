import type { Endpoint } from './endpoint.ts';
import { authEndpoints } from './auth.ts';
import { passwordResetsEndpoints } from './password-resets.ts';
import { adminEndpoints } from './admin.ts';
import { systemEndpoints } from './system.ts';
import { workspacesEndpoints } from './workspaces.ts';
import { membersEndpoints } from './members.ts';
import { invitationsEndpoints } from './invitations.ts';
import { documentsEndpoints } from './documents.ts';
import { eventsEndpoints } from './events.ts';
import { reviewEndpoints } from './review.ts';
import { notificationsEndpoints } from './notifications.ts';
import { activityEndpoints } from './activity.ts';
import { versionsEndpoints } from './versions.ts';
import { variantsEndpoints } from './variants.ts';
import { validationEndpoints } from './validation.ts';
import { exportEndpoints } from './export.ts';
import { publicLinksEndpoints } from './public-links.ts';
import { matricesEndpoints } from './matrices.ts';
import { cycleEndpoints } from './cycle.ts';
import { demoEndpoints } from './demo.ts';
import { importEndpoints } from './import.ts';
import { imagesEndpoints } from './images.ts';
import { monitoringEndpoints } from './monitoring.ts';
import { consultationEndpoints } from './consultation.ts';
import { glossaryEndpoints } from './glossary.ts';
import { vocabularyEndpoints } from './vocabulary.ts';
import { practiceEndpoints } from './practice.ts';

/**
 * The whole HTTP API, one group per feature; each group's module sits beside the route module
 * of the same name (`server/routes/<feature>.ts`) and the schema module it draws on
 * (`shared/schemas/<feature>.ts`). The server mounts this object; the browser imports the groups
 * it calls one by one (`call` in `client/src/lib/api/client.ts`), never the whole of it.
 */
export const contract = {
  auth: authEndpoints,
  passwordResets: passwordResetsEndpoints,
  admin: adminEndpoints,
  system: systemEndpoints,
  workspaces: workspacesEndpoints,
  members: membersEndpoints,
  invitations: invitationsEndpoints,
  documents: documentsEndpoints,
  events: eventsEndpoints,
  review: reviewEndpoints,
  notifications: notificationsEndpoints,
  activity: activityEndpoints,
  versions: versionsEndpoints,
  variants: variantsEndpoints,
  validation: validationEndpoints,
  export: exportEndpoints,
  publicLinks: publicLinksEndpoints,
  matrices: matricesEndpoints,
  cycle: cycleEndpoints,
  demo: demoEndpoints,
  import: importEndpoints,
  images: imagesEndpoints,
  monitoring: monitoringEndpoints,
  consultation: consultationEndpoints,
  glossary: glossaryEndpoints,
  vocabulary: vocabularyEndpoints,
  practice: practiceEndpoints,
};

/** Every endpoint of the contract, for the OpenAPI and contract tests. */
export const contractEndpoints = (): Endpoint[] => Object.values(contract).flatMap((group): Endpoint[] => Object.values(group));
