import { mount } from 'svelte';
import '@fontsource/noto-sans-jp/400.css';
// The theme's colours as CSS custom properties (src/lib/theme.ts, served by vite.config.ts).
import 'virtual:theme.css';
import './app.css';
import { registerFonts } from './fonts.ts';
import App from './App.svelte';

registerFonts();

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
export default mount(App, { target });
