/**
 * A copy of `value` in which every plain object has no prototype. Config and content are read as
 * `settings.href`, `technique.image`: on a plain object, a key the author left out would be looked
 * up on `Object.prototype`, where a page (or an attacker) may have put one. On these copies a
 * missing key is simply missing.
 */
export function ownOnly<T>(value: T, seen = new WeakMap<object, unknown>()): T {
  if (!value || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value) as T;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    seen.set(value, copy);
    for (const item of value) copy.push(ownOnly(item, seen));
    return copy as T;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  const copy = Object.create(null) as Record<string, unknown>;
  seen.set(value, copy);
  for (const key of Object.keys(value)) copy[key] = ownOnly((value as Record<string, unknown>)[key], seen);
  return copy as T;
}

/**
 * `fields` as an object without a prototype, for an object the kit builds and later reads by keys
 * it may not have (`entry.category`, `options.utmSource`): a key left out stays undefined.
 */
export const record = <T extends object>(fields: T): T => Object.assign(Object.create(null) as T, fields);
