const warned = new Set<string>();

/**
 * Says once per page that a 0.1 name (an attribute, an event) still works but has a new one, and
 * when the old one goes; CHANGELOG.md lists every rename.
 */
export function warnRenamed(tag: string, old: string, current: string): void {
  if (warned.has(`${tag} ${old}`)) return;
  warned.add(`${tag} ${old}`);
  console.warn(`[${tag}] ${old} is renamed ${current}; the old name stops working in 0.3.`);
}
