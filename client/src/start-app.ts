import { mount } from 'svelte';
import App from './App.svelte';
import { I18n } from './lib/i18n/i18n.svelte.ts';
import { safeStorage } from './lib/storage/safe-storage.ts';

const target = document.getElementById('app');
if (!target) throw new Error('#app element missing from index.html');

// index.html paints a loading skeleton until the chosen language's texts are in (one more
// request for a language other than English), so the app never shows English first.
const i18n = new I18n(safeStorage(), navigator.languages);
await i18n.ready;
target.replaceChildren();
export default mount(App, { target, props: { i18n } });
