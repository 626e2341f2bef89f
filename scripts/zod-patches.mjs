// Two changes to zod's own code, made wherever it is loaded: by the build, the dev server and the
// test runner. A zod release whose code no longer matches fails the build here, so neither
// workaround can silently lapse.
//
// 1. Own keys only. zod walks objects with `for…in`, which also visits keys a page has added to
//    `Object.prototype` (`Object.prototype.foo = 'bar'`, the style of older libraries still found
//    on small-business sites). Then zod 4.6 throws while the kit loads and every widget stays
//    blank, and a strict object would report the page's key as the author's. Each such loop
//    skips inherited keys.
// 2. No global. zod keeps its config (error messages, locale) in `globalThis.__zod_globalConfig`,
//    shared with any other zod on the page: a second global beside `SpaWidgets`, and a way for the
//    page to rewrite the kit's messages. The kit's copy keeps it to itself, set `jitless`: zod
//    then never compiles code with `new Function`, which a strict Content Security Policy (no
//    'unsafe-eval', or Trusted Types) reports as a violation.
const LOOP = /for \((const|let|var) (\w+) in ([^)]+)\) \{/g;
const GLOBAL_CONFIG = /globalThis\.__zod_globalConfig|\(_a = globalThis\)\.__zod_globalConfig \?\? \(_a\.__zod_globalConfig = \{\}\);/g;
export const ZOD_FILE = /\/node_modules\/zod\/.*\.js$/;

function ownKeysOnly(code, id) {
  if (id.endsWith('/v4/core/util.js') && !new RegExp(LOOP.source).test(code)) {
    throw new Error('zod no longer loops with for…in in v4/core/util.js: check Object.prototype pollution, then drop that patch from scripts/zod-patches.mjs');
  }
  return code.replace(LOOP, (_, kind, key, object) => `for (${kind} ${key} in ${object}) if (Object.hasOwn(${object}, ${key})) {`);
}

function withoutGlobal(code, id) {
  if (!id.endsWith('/v4/core/core.js')) return code;
  if (!code.includes('(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});')) {
    throw new Error('zod no longer creates globalThis.__zod_globalConfig as v4/core/core.js did: check for a global, then update scripts/zod-patches.mjs');
  }
  return `const spaZodConfig = { jitless: true };\n${code.replace(GLOBAL_CONFIG, (match) => (match.startsWith('(') ? '' : 'spaZodConfig'))}`;
}

/** zod's module `code` (at `id`) with both patches; undefined for any other module. */
export function zodPatches(code, id) {
  if (!ZOD_FILE.test(id)) return undefined;
  return withoutGlobal(ownKeysOnly(code, id), id);
}

/** The patches as a Vite (Rolldown) plugin. */
export const zodPatchesPlugin = () => ({
  name: 'spa-zod-patches',
  transform(code, id) {
    const result = zodPatches(code, id);
    return result === undefined ? null : { code: result, map: null };
  },
});
