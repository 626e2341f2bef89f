import type * as z from 'zod/mini';
import { attributeName, isListField, type Field, type Fields } from '../src/core/config.js';

/**
 * The form control that fits each setting of an element, read from the element's own field
 * schemas (`static fields`) and described by `custom-elements.json`: there is no second list of
 * settings to drift from the elements.
 */

export type Control =
  | { kind: 'text'; maxLength?: number }
  | { kind: 'url' }
  | { kind: 'choice'; options: readonly string[] }
  | { kind: 'toggle' }
  | { kind: 'number'; min?: number; max?: number }
  | { kind: 'list' };

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
 * The control for one field schema. The kit's field helpers have one shape each (`core/schema.ts`):
 * `safeUrl` is a string piped into a check, `toggle` a word piped into a boolean, `headingLevel` a
 * number with limits. A shape not known here is a plain text field, so every field gets a control.
 */
export function controlFor(field: Field): { control: Control; initial?: unknown } {
  if (isListField(field)) return { control: { kind: 'list' } };
  let schema = field;
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
  const { type, entries } = defOf(schema);
  if (type === 'enum') return { control: { kind: 'choice', options: Object.keys(entries!) }, initial };
  if (type === 'boolean') return { control: { kind: 'toggle' }, initial: initial ?? false };
  const { maxLength, min, max } = limitsOf(schema);
  if (type === 'number') return { control: { kind: 'number', min, max }, initial };
  return { control: { kind: 'text', maxLength }, initial };
}

/** Every setting of an element, in the order it declares them, with its control and description. */
export function fieldControls(fields: Fields, manifest: ManifestDeclaration): FieldControl[] {
  return Object.entries(fields).map(([field, schema]) => {
    const { control, initial } = controlFor(schema);
    const attribute = control.kind === 'list' ? null : attributeName(field);
    const documented =
      manifest.attributes?.find((entry) => entry.fieldName === field || entry.name === attribute) ??
      manifest.members?.find((member) => member.name === field);
    return { field, attribute, control, initial, description: documented?.description ?? '' };
  });
}
