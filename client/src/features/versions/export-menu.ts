/**
 * The export menu is its own chunk, fetched once a bar that offers it is shown: on a slow link
 * the editor's and the workspace's own code come first. Every place that shows the menu loads
 * it from here, so that the bundler makes one chunk of it rather than a stub beside another.
 */
export const loadExportMenu = () => import('./ExportMenu.svelte');
