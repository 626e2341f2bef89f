import { css } from 'lit';
import { controls } from '../src/core/controls.styles.js';
import { tokens } from '../src/core/tokens.styles.js';
import { formStyles } from './spa-snippet-builder.styles.js';

const list = css`
  .entries {
    list-style: none;
    margin: 0 0 0.75em;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .entries > li > fieldset {
    margin: 0;
    padding: 0.75em;
    border: 0.0625em solid var(--_field-border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
    overflow-wrap: anywhere;
  }
  legend .title {
    font-weight: normal;
  }
  .group,
  .choices {
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .choices label {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: 2.75em;
  }
  .optional {
    font-weight: normal;
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  li[draggable='true'] {
    cursor: grab;
  }
`;

export const listEditorStyles = [tokens, controls, formStyles, list];
