/** The kit's version, written in at build time from package.json. */
declare const __SPA_VERSION__: string;
