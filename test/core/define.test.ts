import { expect } from '@open-wc/testing';
import { define, VERSION } from '../../src/core/define.js';
import { captureConsole } from '../helpers/console.js';

let counter = 0;
const freshTag = () => `spa-test-define-${++counter}`;
const versioned = (version?: string) =>
  class extends HTMLElement {
    static readonly version = version;
  };

describe('define', () => {
  it('registers a free tag and publishes window.SpaWidgets with the package version', async () => {
    const tag = freshTag();
    const Element = versioned(VERSION);
    define(tag, Element);
    expect(customElements.get(tag)).to.equal(Element);
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(window.SpaWidgets?.version).to.equal(pkg.version);
  });

  it('is silent when the same class or the same version registers again (script loaded twice)', async () => {
    const tag = freshTag();
    const Element = versioned(VERSION);
    const warnings = await captureConsole('warn', () => {
      define(tag, Element);
      define(tag, Element);
      define(tag, versioned(VERSION));
    });
    expect(warnings).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(Element);
  });

  it('warns once, naming both versions, when another version holds the tag', async () => {
    const tag = freshTag();
    const Old = versioned('0.0.1');
    customElements.define(tag, Old);
    const warnings = await captureConsole('warn', () => define(tag, versioned('9.9.9')));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`[${tag}]`).and.contain('spa-widgets 0.0.1').and.contain('9.9.9');
    expect(customElements.get(tag)).to.equal(Old);
  });

  it('names the version that stays in use and the copy that was not registered', async () => {
    const tag = freshTag();
    customElements.define(tag, versioned('0.0.9'));
    const warnings = await captureConsole('warn', () => define(tag, versioned('0.1.0')));
    expect(warnings).to.deep.equal([
      `[${tag}] is already defined by spa-widgets 0.0.9, which stays in use; this copy (0.1.0) was not registered. Load the kit once.`,
    ]);
  });

  it('never throws when the page defined the tag itself', async () => {
    const tag = freshTag();
    customElements.define(tag, class extends HTMLElement {});
    const warnings = await captureConsole('warn', () => define(tag, versioned(VERSION)));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('another script');
  });

  it('never throws when the class is already registered under another tag', async () => {
    const Element = versioned(VERSION);
    define(freshTag(), Element);
    const warnings = await captureConsole('warn', () => define(freshTag(), Element));
    expect(warnings).to.have.length(1);
  });
});
