import { Mark, mergeAttributes } from '@tiptap/core';
import { isSafeHref } from './content-rules.ts';

export const LINK_MARK = 'link';

export interface LinkMarkOptions {
  /** Whether an address may become a link; the editor narrows it to web pages and e-mail. */
  isAllowedHref: (href: string) => boolean;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    link: {
      /** Makes the selection a link to `href` (refused when the address is not allowed). */
      setLink: (attributes: { href: string }) => ReturnType;
      /** Removes the link under the selection, the whole link when the selection is empty. */
      unsetLink: () => ReturnType;
    };
  }
}

/**
 * The link mark of a policy document, the same attributes Tiptap's link extension stored (so
 * documents written before read the same), without its URL recogniser: that brought ~10 KB
 * gzip to the editor for autolinking, which the browser's editor does with a small input and
 * paste rule instead (client/src/features/editor/link-behaviour.ts). Pasted `<a>` elements
 * keep their link only when the address is allowed, and a stored one that is not is written
 * out without it.
 */
export const LinkMark = Mark.create<LinkMarkOptions>({
  name: LINK_MARK,
  // Before the other marks, as Tiptap's was: the order of marks is part of the schema.
  priority: 1000,
  keepOnSplit: false,
  exitable: true,
  // Typing at the end of a link does not lengthen it.
  inclusive: false,
  addOptions() {
    return { isAllowedHref: isSafeHref };
  },
  addAttributes() {
    return {
      href: { default: null, parseHTML: (element) => element.getAttribute('href') },
      target: { default: '_blank' },
      rel: { default: 'noopener noreferrer nofollow' },
      class: { default: null },
      title: { default: null },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'a[href]',
        getAttrs: (element) => {
          const href = element.getAttribute('href');
          return href && this.options.isAllowedHref(href) ? null : false;
        },
      },
    ];
  },
  renderHTML({ HTMLAttributes }) {
    const href = typeof HTMLAttributes['href'] === 'string' ? HTMLAttributes['href'] : '';
    return ['a', mergeAttributes(HTMLAttributes, this.options.isAllowedHref(href) ? {} : { href: '' }), 0];
  },
  addCommands() {
    return {
      setLink:
        (attributes) =>
        ({ commands }) =>
          this.options.isAllowedHref(attributes.href) && commands.setMark(this.name, attributes),
      unsetLink:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name, { extendEmptyMarkRange: true }),
    };
  },
});
