import { publicLinkListSchema, publishedLinkSchema } from '../schemas/public-links.ts';
import { idSchema } from '../schemas/workspaces.ts';
import { endpoint } from './endpoint.ts';
import { documentParams } from './params.ts';

const tag = 'public-links';

/**
 * Read-only public links (`server/routes/public-links.ts`): facilitators and chairs publish a
 * validated version at `/p/<token>`, without sign-in, and can revoke the link at any time.
 */
export const publicLinksEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/documents/:id/public-links',
    summary: 'The document’s public links, without their addresses (manageWorkspace)',
    tag,
    auth: 'session',
    params: documentParams,
    answers: { 200: publicLinkListSchema },
  }),
  publish: endpoint({
    method: 'post',
    path: '/api/documents/:id/versions/:versionId/public-links',
    summary: 'Publish a validated version; the address is answered this once (manageWorkspace)',
    tag,
    auth: 'session',
    params: documentParams.extend({ versionId: idSchema }),
    answers: { 201: publishedLinkSchema },
    failures: { 409: 'The version has no signed validation step: only validated text goes public' },
  }),
  revoke: endpoint({
    method: 'delete',
    path: '/api/documents/:id/public-links/:linkId',
    summary: 'Revoke a public link; its page answers 404 from now on (manageWorkspace)',
    tag,
    auth: 'session',
    params: documentParams.extend({ linkId: idSchema }),
    answers: { 204: null },
  }),
  page: endpoint({
    method: 'get',
    path: '/p/:token',
    summary: 'The published version as a clean, script-free web page, for anyone with the link',
    tag,
    auth: 'none',
    answers: { 200: { mediaType: 'text/html', description: 'The version’s text, cover and signatures' } },
    failures: { 404: { mediaType: 'text/html', description: 'No such link, or it was revoked: a short page says so' } },
  }),
};
