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

/**
 * Every module `entry` imports statically, directly or not, is run by every visit; left to
 * itself the bundler splits them by which pages share them into a dozen chunks of a few hundred
 * bytes, each a request whose headers weigh as much as its code on a slow link. `plugin` lists
 * those modules once the module graph is built; `test` gives them to one code-splitting group.
 */
export function appCodeModules(entry: string): { plugin: Plugin; test: (id: string) => boolean } {
  const modules = new Set<string>();
  const plugin: Plugin = {
    name: 'cadre:app-code-modules',
    apply: 'build',
    buildEnd(error) {
      if (error) return;
      modules.clear();
      const start = [...this.getModuleIds()].find((id) => id.endsWith(entry));
      if (!start) this.error(`app-code-modules: no module ${entry}`);
      const visit = (id: string): void => {
        if (modules.has(id)) return;
        modules.add(id);
        this.getModuleInfo(id)?.importedIds.forEach(visit);
      };
      visit(start);
      // The entry itself stays its own chunk's: captured, it would leave behind a chunk of one
      // re-export, too small to compress.
      modules.delete(start);
    },
  };
  return { plugin, test: (id) => modules.has(id) };
}
