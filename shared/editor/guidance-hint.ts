import { mergeAttributes, Node } from '@tiptap/core';
import { GUIDANCE_HINT_NODE } from './guidance-hint-name.ts';

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
