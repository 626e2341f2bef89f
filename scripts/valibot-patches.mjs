// Changes to valibot's own code, made wherever it is loaded: by the build, the dev server and the
// test runner. A valibot release whose code no longer matches fails the build here, so no
// workaround can silently lapse.
//
// Most are about keys a page has added to `Object.prototype` (`Object.prototype.foo = 'bar'`, the
// style of older libraries still found on small-business sites, or an attacker's pollution bug):
// valibot reads plain objects, its own and the author's, by keys they may not have.
const PATCHES = [
  {
    why: 'own entries only: a for…in loop over an object schema\'s entries also visits inherited keys, and every FAQ question or technique would be refused for lacking a `foo` entry',
    find: /for \((const|let|var) (\w+) in ([^)]+)\) \{/g,
    replace: (_, kind, key, object) => `for (${kind} ${key} in ${object}) if (Object.hasOwn(${object}, ${key})) {`,
  },
  {
    why: 'own values only: `key in input` finds an inherited key too, and a page\'s `Object.prototype.category` would be read as every question\'s category',
    find: /(?<!for \((?:const|let|var) )\bkey in input\b/g,
    replace: 'Object.hasOwn(input, key)',
  },
  {
    why: 'a schema that declares no fallback has none: an inherited `fallback` would fill every key an entry leaves out, unchecked',
    find: /valueSchema\.fallback !== void 0/g,
    replace: 'Object.hasOwn(valueSchema, "fallback")',
  },
  {
    why: 'a fresh dataset has no issues: an inherited `issues` would fail every parse and blank every widget',
    find: /\["~run"\]\(\{ value: /g,
    replace: '["~run"]({ issues: void 0, value: ',
  },
  {
    why: 'an issue\'s details are its own: an inherited `message` or `path` would replace the kit\'s message or break the report',
    find: /function _addIssue\(context, label, dataset, config\$1, other\) \{\n/,
    replace: (line) => `${line}\tother = other && Object.assign(Object.create(null), other);\n`,
  },
  {
    why: 'a rejected value is described by its type alone: reading its prototype\'s `constructor` runs a getter the value may have, which may throw',
    find: /return \(input && Object\.getPrototypeOf\(input\)\?\.constructor\?\.name\) \?\? "null";/,
    replace: 'return input ? type : "null";',
  },
  {
    why: 'a list is not an object: zod refused an array where an object was expected, with the object\'s one message; valibot read it as an object missing every key',
    find: /(function object\(entries\$1, message\$1\) \{[^]*?)if \(input && typeof input === "object"\) \{/,
    replace: (_, before) => `${before}if (input && typeof input === "object" && !Array.isArray(input)) {`,
  },
];

export const VALIBOT_FILE = /\/node_modules\/valibot\/dist\/index\.mjs$/;

/** valibot's module `code` (at `id`) with every patch; undefined for any other module. */
export function valibotPatches(code, id) {
  if (!VALIBOT_FILE.test(id)) return undefined;
  return PATCHES.reduce((patched, { why, find, replace }) => {
    if (!new RegExp(find.source).test(patched)) {
      throw new Error(`valibot's code no longer matches ${find} as in 1.5: check this case, then update scripts/valibot-patches.mjs (${why})`);
    }
    return patched.replace(find, replace);
  }, code);
}

/** The patches as a Vite (Rolldown) plugin. */
export const valibotPatchesPlugin = () => ({
  name: 'spa-valibot-patches',
  transform(code, id) {
    const result = valibotPatches(code, id);
    return result === undefined ? null : { code: result, map: null };
  },
});
