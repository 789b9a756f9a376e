/**
 * Name of the node that holds drafting guidance in a document made from a template ("explain
 * here why the policy is needed…"). Guidance is shown to drafters while they write but is
 * NOT part of the policy text: exports, comparisons of content and word counts must skip
 * every node of this type (and its content). It renders as `<div data-guidance-hint>`.
 *
 * Apart from the node (`guidance-hint.ts`), so that what only needs the name (the templates,
 * hence every API schema) does not bring the editor's engine into the browser's first script.
 */
export const GUIDANCE_HINT_NODE = 'guidanceHint';
