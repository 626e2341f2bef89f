// Two changes to valibot's own code, made wherever it is loaded: by the build, the dev server and
// the test runner. A valibot release whose code no longer matches fails the build here, so neither
// workaround can silently lapse. Both are about keys a page has added to `Object.prototype`
// (`Object.prototype.foo = 'bar'`, the style of older libraries still found on small-business sites):
//
// 1. Own entries only. valibot walks an object schema's entries with `for…in`, which also visits
//    inherited keys: every object, an FAQ question or a technique, would be refused for lacking a
//    `foo` entry. Each such loop skips inherited keys.
// 2. Own values only. An object schema asks `key in input`, which finds an inherited key too: a
//    page's `Object.prototype.category` would be read as every question's category, shown and
//    reported as the author's. Each such test asks for the input's own key.
//
// valibot keeps its settings (messages, languages) in its own module, not on `globalThis`, and
// compiles no code at run time, so neither needs a change.
const LOOP = /for \((const|let|var) (\w+) in ([^)]+)\) \{/g;
const KEY_IN_INPUT = /(?<!for \((?:const|let|var) )\bkey in input\b/g;
export const VALIBOT_FILE = /\/node_modules\/valibot\/dist\/index\.mjs$/;

/** valibot's module `code` (at `id`) with both patches; undefined for any other module. */
export function valibotPatches(code, id) {
  if (!VALIBOT_FILE.test(id)) return undefined;
  if (!code.includes('for (const key in this.entries) {') || !code.includes('const value$1 = key in input ? input[key]')) {
    throw new Error('valibot no longer reads objects as 1.5 did (for…in over entries, `key in input`): check Object.prototype pollution, then update scripts/valibot-patches.mjs');
  }
  return code
    .replace(LOOP, (_, kind, key, object) => `for (${kind} ${key} in ${object}) if (Object.hasOwn(${object}, ${key})) {`)
    .replace(KEY_IN_INPUT, 'Object.hasOwn(input, key)');
}

/** The patches as a Vite (Rolldown) plugin. */
export const valibotPatchesPlugin = () => ({
  name: 'spa-valibot-patches',
  transform(code, id) {
    const result = valibotPatches(code, id);
    return result === undefined ? null : { code: result, map: null };
  },
});
