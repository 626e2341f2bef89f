import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';
import { valibotPatchesPlugin } from './scripts/valibot-patches.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** Lit's html`` and css`` templates keep their whitespace through minification; strip it. */
function minifyTemplateLiterals(): Plugin {
  return {
    name: 'spa-minify-template-literals',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result ? { code: result.code, map: result.map?.toString() } : null;
    },
  };
}

/**
 * The dev server (`npm start`) serves `demo/`. Builds are driven by `scripts/build.mjs`, which
 * reuses this file for the shared settings and sets the entries and formats itself.
 */
export default defineConfig({
  root: 'demo',
  // The demo pages load the kit from source as `/src/index.ts`, and the builder page its code as
  // `/builder/main.ts`, both above the demo root.
  resolve: {
    alias: [
      { find: /^\/src\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) },
      { find: /^\/builder\//, replacement: fileURLToPath(new URL('./builder/', import.meta.url)) },
    ],
  },
  plugins: [minifyTemplateLiterals(), valibotPatchesPlugin()],
  // The demo runs the kit as a page's drop-in script does; scripts/build.mjs says which build is one.
  define: { __SPA_VERSION__: JSON.stringify(version), __SPA_DROP_IN__: 'true' },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  build: { target: 'es2022' },
});
