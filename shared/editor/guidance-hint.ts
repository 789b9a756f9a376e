import { mergeAttributes, Node } from '@tiptap/core';

/**
 * Name of the node that holds drafting guidance in a document made from a template ("explain
 * here why the policy is needed…"). Guidance is shown to drafters while they write but is
 * NOT part of the policy text: exports, comparisons of content and word counts must skip
 * every node of this type (and its content). It renders as `<div data-guidance-hint>`.
 */
export const GUIDANCE_HINT_NODE = 'guidanceHint';

export const GuidanceHint = Node.create({
  name: GUIDANCE_HINT_NODE,
  group: 'block',
  content: 'inline*',
  // Plain text only: guidance is not formatted content to be carried into the policy.
  marks: '',
  defining: true,
  parseHTML() {
    return [{ tag: 'div[data-guidance-hint]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-guidance-hint': '', class: 'guidance-hint', role: 'note' }), 0];
  },
});
