// Citation.js fetches a URL given as input with node-fetch in Node; the atlas never gives it one,
// and node-fetch's Node built-ins have no place in a browser bundle. vite.config.ts points
// `node-fetch` here in the browser build: the browser's own fetch and Headers stand in.
export default globalThis.fetch.bind(globalThis);
export const Headers = globalThis.Headers;
