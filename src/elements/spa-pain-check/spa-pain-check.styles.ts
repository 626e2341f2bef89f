import { css } from 'lit';
import { roomWhileBusy } from '../../core/room.styles.js';
import { resultStyles } from './pain-check.result.styles.js';
import { stepStyles } from './pain-check.steps.styles.js';

/**
 * What the steps and the result share: the panel and text, so each value is written
 * once. Each view's own rules are in its stylesheet.
 */
const shared = css`
  :host {
    max-inline-size: 50em;
  }
  ${roomWhileBusy([[0, 74], [22.5, 62], [26, 52], [44, 47]])}
  .frame {
    --_pad: var(--_space);
    container-type: inline-size;
    padding: var(--_pad);
    box-shadow: var(--_shadow);
  }
  /* Set by the compact field, from any source, so not a host attribute selector. */
  .compact {
    --_pad: calc(var(--_space) * 0.6);
    font-size: 0.9375em;
  }
  .frame,
  .choice {
    border: 0.0625em solid var(--_border);
  }
  .frame,
  .choice,
  .call,
  .emergency,
  .urgent {
    border-radius: var(--_radius);
  }
  .choice,
  .call {
    min-block-size: 2.75em;
  }
  form,
  .result,
  fieldset,
  .choices,
  .scale,
  .facts,
  .reasons {
    display: grid;
  }
  form,
  .result {
    gap: var(--_pad);
  }
  p,
  dl,
  dd,
  ul {
    margin: 0;
  }
  .help,
  .sub,
  .progress,
  .scale-ends,
  dt,
  .evidence,
  .disclaimer {
    color: var(--_muted);
  }
  .sub,
  .scale-ends {
    font-size: 0.9em;
  }
  .evidence,
  .disclaimer,
  .copy-status {
    font-size: 0.92em;
  }
  .chosen,
  .hint,
  dd {
    font-weight: 600;
  }
  legend,
  .result-title {
    font-weight: 700;
    line-height: 1.3;
  }
  .nav,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }
  summary {
    cursor: pointer;
  }
`;

/** Last, so forced colours and print win over both views' own rules. */
const media = css`
  @media (forced-colors: active) {
    input {
      appearance: auto;
    }
    .choice:has(:checked) {
      border-color: Highlight;
      box-shadow: inset 0 0 0 0.125em Highlight;
    }
    .emergency,
    .urgent {
      border-color: CanvasText;
    }
    .call {
      border: 0.125em solid LinkText;
      color: LinkText;
    }
  }
  @media print {
    .frame {
      border: 0;
      box-shadow: none;
    }
    .actions,
    spa-booking-button,
    summary {
      display: none;
    }
  }
`;

export const styles = [shared, stepStyles, resultStyles, media];
