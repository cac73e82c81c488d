import { mount } from 'svelte';
import '@fontsource/noto-sans-jp/400.css';
// The theme's colours as CSS custom properties (src/lib/theme.ts, served by vite.config.ts).
import 'virtual:theme.css';
import './app.css';
import { registerFonts } from './fonts.ts';
import { chooseLanguage } from './lib/i18n/languages.ts';
import { loadMessages } from './lib/i18n/load.ts';
import type { Opening } from './lib/state/language.svelte.ts';
import { parseHash } from './lib/url/hash.ts';
import { parsePageMode } from './lib/url/page-mode.ts';
import App from './App.svelte';

registerFonts();

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// The language is chosen and its messages loaded before the first paint, so that a Russian or
// Japanese visit never flashes English (English is already here; the others are one small chunk).
// If its chunk cannot be fetched (offline, never visited in that language), English.
// A link's ?lang= (a language fixed for a class, url/page-mode.ts) wins over its #lang=.
const fromUrl = parsePageMode(location.search).lang ?? parseHash(location.hash).lang;
const lang = chooseLanguage(fromUrl, navigator.languages ?? []);
let opening: Opening;
try {
  opening = { lang, fromUrl: fromUrl !== null, messages: await loadMessages(lang) };
} catch {
  opening = { lang: 'en', fromUrl: false, messages: await loadMessages('en') };
}

export default mount(App, { target, props: { opening } });
