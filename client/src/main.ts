import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app element missing from index.html');

// index.html paints a loading skeleton until now; the app shows its own from here on.
target.replaceChildren();
export default mount(App, { target });
