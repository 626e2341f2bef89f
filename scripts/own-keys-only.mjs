// zod walks objects with `for…in`, which also visits keys a page has added to `Object.prototype`
// (`Object.prototype.foo = 'bar'`, the style of older libraries still found on small-business
// sites). Then zod 4.6 throws while the kit loads and every widget stays blank, and a strict object
// would report the page's key as the author's. This transform makes each such loop skip inherited
// keys; the build, the dev server and the test runner all apply it. A zod release whose code no
// longer matches fails the build here, so the workaround cannot silently lapse.
const LOOP = /for \((const|let|var) (\w+) in ([^)]+)\) \{/g;
export const ZOD_FILE = /\/node_modules\/zod\/.*\.js$/;

export function ownKeysOnly(code, id) {
  if (!ZOD_FILE.test(id)) return undefined;
  if (id.endsWith('/v4/core/util.js') && !new RegExp(LOOP.source).test(code)) {
    throw new Error('zod no longer loops with for…in in v4/core/util.js: check Object.prototype pollution, then remove scripts/own-keys-only.mjs');
  }
  return code.replace(LOOP, (_, kind, key, object) => `for (${kind} ${key} in ${object}) if (Object.hasOwn(${object}, ${key})) {`);
}

/** The transform as a Vite (Rolldown) plugin. */
export const ownKeysOnlyPlugin = () => ({
  name: 'spa-own-keys-only',
  transform(code, id) {
    const result = ownKeysOnly(code, id);
    return result === undefined ? null : { code: result, map: null };
  },
});
