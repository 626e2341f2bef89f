import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * The dev server (`npm start`) serves `demo/`. Builds are driven by `scripts/build.mjs`, which
 * reuses this file for the shared settings and sets the entries and formats itself.
 */
export default defineConfig({
  root: 'demo',
  define: { __SPA_VERSION__: JSON.stringify(version) },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  build: { target: 'es2021' },
});
