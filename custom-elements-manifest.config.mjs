// `npm run analyze` writes custom-elements.json from the JSDoc in src/ (committed; CI checks it is fresh).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/globals.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
