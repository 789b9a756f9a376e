import type { Plugin } from 'vite';

/**
 * The app's first script (`client/src/main.ts`) is kept small so that it can start downloading
 * the page the address shows before the app itself has run; the app is a dynamic import of it
 * (`entry`). So that the app's code does not wait for that first script either, this names
 * `entry`'s chunk and every chunk it statically imports in index.html as `modulepreload` links,
 * as Vite does for the first script's own imports: the browser fetches all of them at once.
 */
export function preloadAppCode(entry: string): Plugin {
  return {
    name: 'cadre:preload-app-code',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const start = Object.values(bundle).find((output) => output.type === 'chunk' && output.facadeModuleId?.endsWith(entry));
        if (!start) throw new Error(`preload-app-code: no chunk is made from ${entry}`);
        const files = new Set<string>();
        const visit = (fileName: string): void => {
          const chunk = bundle[fileName];
          if (files.has(fileName) || chunk?.type !== 'chunk') return;
          files.add(fileName);
          chunk.imports.forEach(visit);
        };
        visit(start.fileName);
        return [...files]
          .filter((fileName) => !html.includes(`/${fileName}"`))
          .map((fileName) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` }, injectTo: 'head' as const }));
      },
    },
  };
}
