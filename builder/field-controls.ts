import { attributeName, isListField, type Field, type Fields } from '../src/core/config.js';
import { MAX_TEXT_LENGTH, schemaOf, type Schema } from '../src/core/schema.js';

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

/** The parts of a valibot schema or action the builder reads. */
interface SchemaNode {
  kind: string;
  type: string;
  /** A piped schema's steps: the schema it starts from, then actions and further schemas. */
  pipe?: readonly SchemaNode[];
  wrapped?: SchemaNode;
  default?: unknown;
  options?: readonly string[];
  item?: SchemaNode;
  entries?: Readonly<Record<string, SchemaNode>>;
  requirement?: unknown;
}

const nodeOf = (schema: Schema) => schema as unknown as SchemaNode;

/**
 * The control for one schema. The kit's field helpers have one shape each (`core/schema.ts`):
 * `safeUrl` is a string piped into a check that rewrites it, `toggle` a word piped into a boolean,
 * `headingLevel` a number with limits. A shape not known here is a plain text field, so every
 * field gets a control.
 */
export function controlFor(schema: Schema): { control: Control; initial?: unknown } {
  let node = nodeOf(schema);
  let initial: unknown;
  if (node.type === 'optional') {
    initial = node.default;
    node = node.wrapped!;
  }
  const steps = node.pipe ?? [node];
  if (steps.some((step) => step.type === 'raw_transform')) return { control: { kind: 'url' }, initial };
  // A piped value's type is that of the last schema in the pipe (the boolean a toggle's word becomes).
  const { type, options, item, entries } = steps.filter((step) => step.kind === 'schema').at(-1)!;
  const limit = (action: string) => {
    const requirement = steps.find((step) => step.type === action)?.requirement;
    return Number.isFinite(requirement) ? (requirement as number) : undefined;
  };
  if (type === 'picklist') return { control: { kind: 'choice', options: options! }, initial };
  if (type === 'array') {
    return { control: item!.type === 'picklist' ? { kind: 'choices', options: item!.options! } : { kind: 'lines' }, initial };
  }
  if (type === 'object') return { control: { kind: 'group', entries: entryControls(entries as Readonly<Record<string, Schema>>) }, initial };
  if (type === 'boolean') return { control: { kind: 'toggle' }, initial: initial ?? false };
  // An input's `min` is inclusive; a positive number (`gt_value` 0) takes the same bound.
  if (type === 'number') return { control: { kind: 'number', min: limit('min_value') ?? limit('gt_value'), max: limit('max_value') }, initial };
  const maxLength = limit('max_length');
  // Longer than a label allows: text in paragraphs (the FAQ's answers).
  if (maxLength !== undefined && maxLength > MAX_TEXT_LENGTH) return { control: { kind: 'paragraphs', maxLength }, initial };
  return { control: { kind: 'text', maxLength }, initial };
}

/** The keys of a list entry's object schema (`faqItemSchema`, `techniqueSchema`), each with its control. */
export function entryControls(entries: Readonly<Record<string, Schema>>): EntryControl[] {
  return Object.entries(entries).map(([key, schema]) => ({
    key,
    optional: nodeOf(schema).type === 'optional',
    control: controlFor(schema).control,
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
