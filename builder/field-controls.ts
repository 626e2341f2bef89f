import type * as z from 'zod/mini';
import { attributeName, isListField, type Field, type Fields } from '../src/core/config.js';
import { MAX_TEXT_LENGTH, schemaOf } from '../src/core/schema.js';

/**
 * The form control that fits each setting of an element, read from the element's own field
 * schemas (`static fields`) and described by `custom-elements.json`: there is no second list of
 * settings to drift from the elements.
 */

/** A field or key as a person reads it: `utmSource` → "Utm source". */
export const labelOf = (field: string): string => field.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`).replace(/^./, (c) => c.toUpperCase());

export type Control =
  | { kind: 'text'; maxLength?: number }
  | { kind: 'url' }
  | { kind: 'choice'; options: readonly string[] }
  | { kind: 'toggle' }
  | { kind: 'number'; min?: number; max?: number }
  | { kind: 'list' }
  /** Several lines of text: a blank line starts a paragraph (an FAQ answer). */
  | { kind: 'paragraphs'; maxLength?: number }
  /** A list of short phrases, one per line. */
  | { kind: 'lines' }
  /** A list of words from a fixed set, any number of them. */
  | { kind: 'choices'; options: readonly string[] }
  /** A small object of its own (a price, an image). */
  | { kind: 'group'; entries: EntryControl[] };

/** One key of a list entry (an FAQ question, a technique) and its control. */
export interface EntryControl {
  key: string;
  /** Whether the entry may leave it out. */
  optional: boolean;
  control: Control;
}

export interface FieldControl {
  /** The field's property name, e.g. `utmSource`. */
  field: string;
  /** The attribute that sets it (`utm-source`); `null` for lists of content, set as JSON. */
  attribute: string | null;
  control: Control;
  /** The value when nothing is set, as the field's default gives it. */
  initial?: unknown;
  /** The manifest's description of the attribute or property. */
  description: string;
}

/** The parts of a `custom-elements.json` declaration the builder reads. */
export interface ManifestDeclaration {
  kind?: string;
  tagName?: string;
  attributes?: readonly { name: string; fieldName?: string; description?: string }[];
  members?: readonly { name: string; kind?: string; description?: string }[];
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  defaultValue?: unknown;
  in?: z.ZodMiniType;
  out?: z.ZodMiniType;
  entries?: Record<string, string>;
}

const defOf = (schema: z.ZodMiniType) => schema._zod.def as unknown as Def;

interface CheckDef {
  check: string;
  value?: number;
  maximum?: number;
}

/** A schema's limits, read from its checks: the longest text, the least and greatest number. */
function limitsOf(schema: z.ZodMiniType): { maxLength?: number; min?: number; max?: number } {
  const checks = ((schema._zod.def as { checks?: { _zod: { def: CheckDef } }[] }).checks ?? []).map((check) => check._zod.def);
  return {
    maxLength: checks.find((check) => check.check === 'max_length')?.maximum,
    min: checks.find((check) => check.check === 'greater_than')?.value,
    max: checks.find((check) => check.check === 'less_than')?.value,
  };
}

/**
 * The control for one schema. The kit's field helpers have one shape each (`core/schema.ts`):
 * `safeUrl` is a string piped into a check, `toggle` a word piped into a boolean, `headingLevel` a
 * number with limits. A shape not known here is a plain text field, so every field gets a control.
 */
export function controlFor(schema: z.ZodMiniType): { control: Control; initial?: unknown } {
  let initial: unknown;
  for (;;) {
    const def = defOf(schema);
    if (def.type === 'default') {
      initial = def.defaultValue;
      schema = def.innerType!;
    } else if (def.type === 'optional') {
      schema = def.innerType!;
    } else break;
  }
  const def = defOf(schema);
  if (def.type === 'pipe') {
    const into = defOf(def.out!);
    if (defOf(def.in!).type === 'string' && into.type === 'transform') return { control: { kind: 'url' }, initial };
    schema = def.out!;
  }
  const { type, entries, element, shape } = defOf(schema);
  if (type === 'enum') return { control: { kind: 'choice', options: Object.keys(entries!) }, initial };
  if (type === 'array') {
    const item = defOf(element!);
    return { control: item.type === 'enum' ? { kind: 'choices', options: Object.keys(item.entries!) } : { kind: 'lines' }, initial };
  }
  if (type === 'object') return { control: { kind: 'group', entries: entryControls(shape!) }, initial };
  if (type === 'boolean') return { control: { kind: 'toggle' }, initial: initial ?? false };
  const { maxLength, min, max } = limitsOf(schema);
  if (type === 'number') return { control: { kind: 'number', min, max }, initial };
  // Longer than a label allows: text in paragraphs (the FAQ's answers).
  if (maxLength !== undefined && maxLength > MAX_TEXT_LENGTH) return { control: { kind: 'paragraphs', maxLength }, initial };
  return { control: { kind: 'text', maxLength }, initial };
}

/** The keys of a list entry's object schema (`faqItemSchema`, `techniqueSchema`), each with its control. */
export function entryControls(shape: Readonly<Record<string, z.core.$ZodType>>): EntryControl[] {
  return Object.entries(shape).map(([key, schema]) => ({
    key,
    optional: defOf(schema as z.ZodMiniType).type === 'optional',
    control: controlFor(schema as z.ZodMiniType).control,
  }));
}

/** The control for one of an element's fields: a list's forms, or its schema's control. */
export function controlOfField(field: Field): { control: Control; initial?: unknown } {
  return isListField(field) ? { control: { kind: 'list' } } : controlFor(schemaOf(field));
}

/** Every setting of an element, in the order it declares them, with its control and description. */
export function fieldControls(fields: Fields, manifest: ManifestDeclaration): FieldControl[] {
  return Object.entries(fields).map(([field, declared]) => {
    const { control, initial } = controlOfField(declared);
    const attribute = control.kind === 'list' ? null : attributeName(field);
    const documented =
      manifest.attributes?.find((entry) => entry.fieldName === field || entry.name === attribute) ??
      manifest.members?.find((member) => member.name === field);
    return { field, attribute, control, initial, description: documented?.description ?? '' };
  });
}
