import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Control } from './field-controls.js';

export interface InputOptions {
  id: string;
  value: string;
  placeholder?: string;
  /** Ids of the description and the problem, when there are any. */
  describedBy?: string;
  invalid: boolean;
  onInput: (text: string) => void;
}

/**
 * The one-line input for a text, address or number control, with the control's limits: the same
 * in the settings form and in each list entry's form.
 */
export function lineInput(control: Control, { id, value, placeholder, describedBy, invalid, onInput }: InputOptions): TemplateResult {
  const number = control.kind === 'number' ? control : undefined;
  return html`<input
    id=${id}
    type=${number ? 'number' : control.kind === 'url' ? 'url' : 'text'}
    inputmode=${ifDefined(control.kind === 'url' ? 'url' : undefined)}
    step=${ifDefined(number ? 'any' : undefined)}
    min=${ifDefined(number?.min)}
    max=${ifDefined(number?.max)}
    maxlength=${ifDefined(control.kind === 'text' ? control.maxLength : undefined)}
    placeholder=${ifDefined(placeholder)}
    .value=${value}
    aria-describedby=${ifDefined(describedBy)}
    aria-invalid=${invalid ? 'true' : 'false'}
    @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
  />`;
}
