import type { Attachment } from 'svelte/attachments';

/**
 * Tells `set` an element's `clientHeight` each time it changes, read only when the browser has
 * just laid the page out. Svelte's `bind:clientHeight` also reads it as soon as the element is
 * mounted, which forces a layout of the whole page there: 18 ms when the bar appeared beside a
 * 1 MB document.
 */
export function followHeight(set: (height: number) => void): Attachment<HTMLElement> {
  return (element) => {
    const observer = new ResizeObserver(() => set(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  };
}
