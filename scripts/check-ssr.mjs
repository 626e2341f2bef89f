#!/usr/bin/env node
// Renders each element on a server with @lit-labs/ssr (Node, the npm entry, built-in content) and
// checks the page in headless Chromium: before any script the widgets already show, as declarative
// shadow DOM; once the kit loads, each one takes over in place, with the same text, the same size,
// no layout shift and no second copy, and then answers a visitor.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

const { SpaBookingButton } = await import(pathToFileURL(resolve('dist/booking-button.js')).href);
await import(pathToFileURL(resolve('dist/index.js')).href);

/** Each element as an article would place it, with the attributes a server template would pass. */
const WIDGETS = [
  // A relative link too: the server has no page to resolve it against, the browser does.
  ['spa-booking-button', 'href="/book/spa"'],
  ['spa-technique-cards', 'booking-href="https://book.example/spa"'],
  ['spa-pain-check', 'booking-href="https://book.example/spa"'],
  ['spa-faq', ''],
];

let failed = 0;
const check = (ok, what, detail = '') => {
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${ok || !detail ? '' : `: ${detail}`}`);
};

check(customElements.get('spa-booking-button') === SpaBookingButton && typeof window === 'undefined', 'the server registry holds the exported classes; no window was added');

const rendered = [];
for (const [tag, attributes] of WIDGETS) {
  const markup = await collectResult(render(html`<${unsafeStatic(tag)} ${unsafeStatic(attributes)}></${unsafeStatic(tag)}>`));
  check(/<template shadowroot(mode)?="open"/.test(markup) && markup.length > 2000, `${tag} renders on the server to declarative shadow DOM (${markup.length} characters)`, markup.slice(0, 200));
  rendered.push(markup);
}

// Languages other than English load when the elements register, long before a server renders a page.
await new Promise((resolve) => setTimeout(resolve, 100));
const spanish = await collectResult(render(html`<spa-faq lang="es"></spa-faq><spa-pain-check lang="es"></spa-pain-check><spa-technique-cards lang="es"></spa-technique-cards>`));
check(
  ['¿Es seguro el masaje', 'Paso 1 de', 'Masaje de tejido profundo'].every((text) => spanish.includes(text)) && !spanish.includes('Is massage safe'),
  'a widget with lang="es" renders in Spanish on the server',
  spanish.slice(0, 300),
);

const paragraph = '<p>Lower back pain is common, and massage is one of the gentler ways to ease it. Read on to compare techniques and book.</p>'.repeat(3);
const page = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,">
<title>Server-rendered widgets</title>
<style>body { font: 18px/1.5 Georgia, serif; margin: 0 auto; max-width: 42rem; padding: 1rem; }</style>
<h1>Massage for lower back pain</h1>${rendered.map((widget) => paragraph + widget).join('')}${paragraph}`;

const dir = mkdtempSync(join(tmpdir(), 'spa-ssr-'));
cpSync('dist/spa-widgets.js', join(dir, 'spa-widgets.js'));
writeFileSync(join(dir, 'index.html'), page);
const server = await serve(dir);
const browser = await launchChromium();

/** What a reader sees of each widget: its box and the text of its shadow root. */
const snapshot = (tags) =>
  tags.map((tag) => {
    const element = document.querySelector(tag);
    const { x, y, width, height } = element.getBoundingClientRect();
    // Text a reader can see: the server's <style> elements are not, and the browser adopts sheets instead.
    const walker = document.createTreeWalker(element.shadowRoot ?? element, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest('style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    let text = '';
    while (walker.nextNode()) text += walker.currentNode.nodeValue;
    text = text.replace(/\s+/g, ' ').trim();
    const links = [...(element.shadowRoot?.querySelectorAll('a[href]') ?? [])].map((a) => a.href).join(' ');
    return { tag, box: [x, y, width, height].map(Math.round).join(','), text, links, defined: !!customElements.get(tag) };
  });

try {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const tab = await context.newPage();
    const problems = [];
    tab.on('pageerror', (error) => problems.push(error.message));
    tab.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
    await tab.goto(`${server.url}/index.html`);
    const tags = WIDGETS.map(([tag]) => tag);
    const before = await tab.evaluate(snapshot, tags);
    check(before.every((w) => !w.defined && w.text.length >= 10), `${width} px: before any script, each widget shows its content from the server`, JSON.stringify(before.map((w) => [w.tag, w.text.length])));

    // Shifts are recorded from here on: the kit loads after the reader has seen the page.
    await tab.evaluate(() => {
      window.shifts = [];
      new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((entry) => entry.value))).observe({ type: 'layout-shift' });
    });
    await tab.addScriptTag({ type: 'module', url: '/spa-widgets.js' });
    await tab.evaluate(async (tags) => {
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      await Promise.all(tags.map((tag) => document.querySelector(tag).updateComplete));
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 300)));
    }, tags);
    const after = await tab.evaluate(snapshot, tags);
    for (const [i, widget] of after.entries()) {
      check(widget.defined && widget.box === before[i].box, `${width} px: ${widget.tag} keeps its place and size once the kit takes over`, `${before[i].box} → ${widget.box}`);
      check(widget.text === before[i].text, `${width} px: ${widget.tag} shows the same text, once`, `${before[i].text.length} characters → ${widget.text.length}`);
      check(widget.links === before[i].links, `${width} px: ${widget.tag} links to the same addresses`, `${before[i].links} → ${widget.links}`);
    }
    const shift = await tab.evaluate(() => window.shifts.reduce((sum, value) => sum + value, 0));
    check(shift === 0, `${width} px: no layout shift while the kit takes over`, `CLS ${shift.toFixed(4)}`);

    // Taken over, not just painted: the first question opens on a click.
    const question = tab.locator('spa-faq').locator('[part~="question"]').first();
    await question.click();
    check((await question.getAttribute('aria-expanded')) === 'true', `${width} px: the FAQ answers a click after taking over`);
    check(problems.length === 0, `${width} px: no error or warning on the page`, problems.join('; '));
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
if (failed) {
  console.error(`${failed} server-rendering check(s) failed.`);
  process.exit(1);
}
