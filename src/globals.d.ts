/** The kit's version, written in at build time from package.json. */
declare const __SPA_VERSION__: string;

/** True in the self-contained drop-in scripts (`dist/spa-widgets.js`, `.iife.js`, `dist/standalone/`), false in the npm entries. */
declare const __SPA_DROP_IN__: boolean;
