import { configFieldsPlugin } from './scripts/cem-config-fields.mjs';

// `npm run analyze` writes custom-elements.json from the JSDoc in src/ (committed; CI checks it is fresh).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/globals.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    configFieldsPlugin(),
    {
      // The analyzer lists files in the order the file system gives them, which differs between
      // checkouts; sorted, the manifest (and the README reference made from it) is the same everywhere.
      name: 'spa-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
