import { mount } from 'svelte';
import '@fontsource/noto-sans-jp/400.css';
import './app.css';
import { registerFonts } from './fonts.ts';
import { MAP_COLOUR_PROPERTIES } from './lib/map/atlas-layers.ts';
import App from './App.svelte';

registerFonts();
// The legend, the dock and the story card draw in the map's own colours (atlas-layers.ts).
for (const [name, value] of Object.entries(MAP_COLOUR_PROPERTIES)) document.documentElement.style.setProperty(name, value);

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
export default mount(App, { target });
