import { mount } from 'svelte';
import '@fontsource/noto-sans-jp/400.css';
import './app.css';
import { registerFonts } from './fonts.ts';
import App from './App.svelte';

registerFonts();

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
export default mount(App, { target });
