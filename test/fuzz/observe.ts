// Runs one plan the way a page would (create, configure, connect, wait) and reports what the page
// can observe going wrong: errors nobody caught, a blank widget, an unsafe link, script that ran,
// a console flooded or an error reported without its spa-error event, and the time it took.
import type { Plan } from './plans.js';
import { SETTINGS } from './settings.js';
import { FLIP_LIMIT, labelOf, startRun, takeFlipLimitReached } from './values.js';

export type Kind = 'uncaught' | 'blank' | 'unsafe-url' | 'script' | 'console' | 'unpaired' | 'slow' | 'endless';

export const KINDS: readonly Kind[] = ['uncaught', 'blank', 'unsafe-url', 'script', 'console', 'unpaired', 'slow', 'endless'];

/** One thing that went wrong; `cause` groups findings of the same origin across runs. */
export interface Finding {
  kind: Kind;
  cause: string;
  detail: string;
  /** The error itself, for its stack trace. */
  error?: unknown;
  /** For a slow run: milliseconds over what its size allows, so the worst one is shrunk. */
  excess?: number;
}

export interface Outcome {
  /** From creating the element to its last update. */
  ms: number;
  findings: Finding[];
}

/** The longest console.error line a problem report may print. */
const MAX_CONSOLE_LINE = 2000;

/** Schemes a rendered link or resource may use (about:blank aside). */
const SAFE_SCHEMES = ['https:', 'http:', 'tel:', 'mailto:'];

/** Attributes that hold a URL the browser follows or loads. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'ping'];

/** Script types that never run. */
const DATA_SCRIPT = /^application\/(ld\+)?json$/i;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));
const nextFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => resolve());
    setTimeout(resolve, 100);
  });

/** What the page saw since the last `take()`. */
interface Seen {
  errors: unknown[];
  /** console.error calls whose first argument is text, joined as the console shows them. */
  errorLines: string[];
  /** Each spa-error event as its console line would read: `[tag] path: message`. */
  spaErrors: string[];
}

/**
 * Watches the page for the whole fuzz test: uncaught errors and rejections (kept from Mocha,
 * which would fail the test before the property could shrink), console.error and console.warn
 * (kept, not printed: thousands of reports would drown the output), spa-error events, and the
 * requests in flight (a `src` file the element fetched).
 */
export function watchPage() {
  let seen: Seen = { errors: [], errorLines: [], spaErrors: [] };
  const requests = new Set<Promise<unknown>>();
  const original = { onerror: window.onerror, error: console.error, warn: console.warn, fetch: window.fetch };
  const onError = (event: ErrorEvent) => {
    seen.errors.push(event.error ?? event.message);
    event.preventDefault();
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    seen.errors.push(event.reason);
    event.preventDefault();
  };
  const onSpaError = (event: Event) => {
    const { tag, path, message } = (event as CustomEvent<{ tag?: unknown; path?: unknown; message?: unknown }>).detail ?? {};
    seen.spaErrors.push(`[${String(tag)}] ${String(path)}: ${String(message)}`);
  };
  window.onerror = null;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  document.addEventListener('spa-error', onSpaError, true);
  console.error = (...args: unknown[]) => {
    if (typeof args[0] === 'string') seen.errorLines.push(args.map(String).join(' '));
  };
  console.warn = () => {};
  const track = <T>(request: Promise<T>): Promise<T> => {
    requests.add(request);
    void request.finally(() => requests.delete(request)).catch(() => {});
    return request;
  };
  // A request is in flight until the caller has read its body, parsing included.
  window.fetch = (...args: Parameters<typeof fetch>) =>
    track(
      original.fetch.apply(window, args).then((response) => {
        for (const method of ['json', 'text', 'arrayBuffer', 'blob'] as const) {
          const read = response[method].bind(response) as () => Promise<unknown>;
          Object.defineProperty(response, method, { value: () => track(read()) });
        }
        return response;
      }),
    );
  return {
    take(): Seen {
      const taken = seen;
      seen = { errors: [], errorLines: [], spaErrors: [] };
      return taken;
    },
    /** Resolves once no request the page made is in flight. */
    async settled(): Promise<void> {
      while (requests.size) await Promise.allSettled([...requests]);
      await nextTask();
    },
    stop(): void {
      window.onerror = original.onerror;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      document.removeEventListener('spa-error', onSpaError, true);
      console.error = original.error;
      console.warn = original.warn;
      window.fetch = original.fetch;
    },
  };
}

export type PageWatch = ReturnType<typeof watchPage>;

/** `src/core/own.ts:14`: where an error was thrown, preferring the kit's own code. */
function throwSite(stack: string | undefined): string | undefined {
  const sites = [...(stack ?? '').matchAll(/https?:\/\/[^/\s]+\/([^?:)\s]+)(?:\?[^:)\s]*)?:(\d+):\d+/g)].map((m) => `${m[1]}:${m[2]}`);
  return sites.find((site) => site.startsWith('src/')) ?? sites.find((site) => !site.startsWith('test/')) ?? sites[0];
}

/** Text of anything thrown, without calling anything the thrower controls. */
function textOf(thrown: unknown): string {
  if (thrown instanceof Error) return `${thrown.name}: ${thrown.message}`;
  return Object(thrown) === thrown ? `a thrown ${Object.prototype.toString.call(thrown)}` : String(thrown as string);
}

/** The same mistake with other data reads the same: quoted text and numbers are blanked. */
const normalise = (text: string) => text.split('\n')[0].replace(/"[^"]*"|'[^']*'/g, '…').replace(/\d+/g, 'N').slice(0, 120);

function uncaught(step: string, thrown: unknown): Finding {
  const site = throwSite(thrown instanceof Error ? thrown.stack : undefined);
  const text = textOf(thrown);
  return { kind: 'uncaught', cause: `${normalise(text)}${site ? ` at ${site}` : ''}`, detail: `${step}: ${text.slice(0, 500)}`, error: thrown };
}

/** Every element in `root` and in the shadow roots below it. */
function* deepElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

/** Why a URL in the DOM is unsafe, or undefined when it is not. */
function unsafeScheme(value: string, base: string): string | undefined {
  const text = value.trim();
  if (text === 'about:blank') return undefined;
  try {
    const { protocol } = new URL(text, base);
    return SAFE_SCHEMES.includes(protocol) ? undefined : protocol;
  } catch {
    return 'an address the browser cannot parse';
  }
}

/** Unsafe links and markup that runs script, in the widget's shadow tree and what it wrote into its light DOM. */
function inspectDom(host: HTMLElement): Finding[] {
  const findings: Finding[] = [];
  const roots: ParentNode[] = host.shadowRoot ? [host, host.shadowRoot] : [host];
  for (const root of roots) {
    for (const element of deepElements(root)) {
      const tag = element.localName;
      for (const { name, value } of element.attributes) {
        if (URL_ATTRIBUTES.includes(name)) {
          const scheme = unsafeScheme(value, element.baseURI);
          if (scheme) findings.push({ kind: 'unsafe-url', cause: `<${tag} ${name}> with ${scheme}`, detail: `<${tag} ${name}="${value.slice(0, 200)}">` });
        }
        if (name.startsWith('on') || name === 'srcdoc') {
          findings.push({ kind: 'script', cause: `<${tag} ${name}> attribute`, detail: `<${tag} ${name}="${value.slice(0, 200)}">` });
        }
      }
      if (tag === 'script' && !DATA_SCRIPT.test((element as HTMLScriptElement).type)) {
        findings.push({ kind: 'script', cause: `a <script type="${(element as HTMLScriptElement).type}">`, detail: element.outerHTML.slice(0, 200) });
      }
    }
  }
  return findings;
}

/** A blank widget: no height (the booking button: none of its parts or slots has a size). */
function blankness(host: HTMLElement): Finding | undefined {
  const hasSize = (element: Element) => {
    const { width, height } = element.getBoundingClientRect();
    return width > 0 && height > 0;
  };
  const blank =
    host.localName === 'spa-booking-button'
      ? ![...(host.shadowRoot?.querySelectorAll('[part], slot') ?? [])].some(hasSize)
      : host.getBoundingClientRect().height === 0;
  return blank ? { kind: 'blank', cause: 'the widget is blank', detail: `${host.localName} has no visible size` } : undefined;
}

/** Findings from what the page saw: errors, the console, spa-error events. */
function fromPage(seen: Seen): Finding[] {
  const findings = seen.errors.map((error) => uncaught('uncaught', error));
  for (const line of seen.errorLines) {
    if (line.length < MAX_CONSOLE_LINE) continue;
    const where = /^\[[\w-]+\] [^:]{0,80}/.exec(line)?.[0] ?? line.slice(0, 40);
    findings.push({ kind: 'console', cause: `console.error of ${MAX_CONSOLE_LINE}+ characters: ${normalise(where)}`, detail: `${line.length} characters: ${line.slice(0, 200)}…` });
  }
  // A problem report names its element first: "[spa-faq] items[2].answer: …".
  const reports = seen.errorLines.filter((line) => /^\[[a-z][\w.]*-[\w.-]*\] /.test(line));
  if (reports.length !== seen.spaErrors.length) {
    const more = reports.length > seen.spaErrors.length;
    // Which ones, as far as the texts tell (the count is what is checked).
    const events = new Set(seen.spaErrors);
    const lines = new Set(reports);
    const odd = more ? reports.filter((line) => !events.has(line)) : seen.spaErrors.filter((line) => !lines.has(line));
    findings.push({
      kind: 'unpaired',
      cause: more ? 'console.error without its spa-error event' : 'spa-error without its console.error',
      detail: `${reports.length} console.error reports, ${seen.spaErrors.length} spa-error events; unmatched: ${odd.slice(0, 2).map((line) => line.slice(0, 200)).join(' | ')}`,
    });
  }
  return findings;
}

function jsonChild(text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  return script;
}

interface Size {
  entries: number;
  chars: number;
}

/** List entries and characters in `value`, counted without calling anything it holds. */
function measure(value: unknown, size: Size, depth = 0, seen = new Set<object>()): Size {
  if (typeof value === 'string') size.chars += value.length;
  if (Object(value) !== value || depth > 8 || labelOf(value as object) || seen.has(value as object)) return size;
  seen.add(value as object);
  try {
    if (Array.isArray(value)) size.entries += value.length;
    for (const key of Object.keys(value as object).slice(0, 10_000)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && 'value' in descriptor) measure(descriptor.value, size, depth + 1, seen);
    }
  } catch {
    // A value that cannot be listed adds nothing.
  }
  return size;
}

/** The time `plan` may take before it counts as slow (see `SETTINGS.slowMs`). */
function allowanceMs(plan: Plan): number {
  const size = measure([plan.attributes, plan.properties.map(([, value]) => value)], { entries: 0, chars: 0 });
  if (plan.json !== undefined) {
    size.chars += plan.json.length;
    try {
      measure(JSON.parse(plan.json), size);
    } catch {
      // Broken JSON holds no entries.
    }
  }
  return SETTINGS.slowMs + SETTINGS.msPerEntry * size.entries + (SETTINGS.msPerKChar * size.chars) / 1000;
}

/** Keeps the first finding of each kind and cause. */
function unique(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.kind}\u0000${finding.cause}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type Widget = HTMLElement & { updateComplete: Promise<boolean> } & Record<string, unknown>;
type Step = (name: string, action: () => unknown) => Promise<void>;

/** Where the widgets go: a column as wide as a blog post's. */
let stage: HTMLElement | undefined;

function stageFor(): HTMLElement {
  if (!stage) {
    stage = document.createElement('div');
    stage.style.inlineSize = '640px';
    document.body.append(stage);
  }
  return stage;
}

/** What the page does before connecting the element: attributes, the JSON child, properties. */
async function configure(el: Widget, plan: Plan, step: Step): Promise<void> {
  for (const [name, value] of plan.attributes) await step(`setAttribute("${name}")`, () => el.setAttribute(name, value));
  if (plan.json !== undefined) await step('adding the JSON child', () => el.append(jsonChild(plan.json!)));
  for (const [key, value] of plan.properties) {
    // A block body: returning the value would make `step` await it, calling a hostile `then`.
    await step(`setting .${key}`, () => {
      el[key] = value;
    });
  }
}

/** Connects the element and waits as a visitor would: its update, a frame, any `src` file and the update after it. */
async function settle(el: Widget, watch: PageWatch, step: Step): Promise<void> {
  await step('connecting', () => stageFor().append(el));
  await step('awaiting updateComplete', () => el.updateComplete);
  await nextFrame();
  await watch.settled();
  await step('awaiting updateComplete after a frame', () => el.updateComplete);
}

/** Applies `plan` to a new `tag` element, connects it, lets it settle, checks it and removes it. */
export async function observe(tag: string, plan: Plan, watch: PageWatch): Promise<Outcome> {
  const findings: Finding[] = [];
  if (window.__canary) findings.push({ kind: 'script', cause: 'the canary ran between two configurations', detail: 'window.__canary was set after the last run ended' });
  const step: Step = async (name, action) => {
    try {
      await action();
    } catch (error) {
      findings.push(uncaught(`${name} threw`, error));
    }
  };
  startRun();
  window.__canary = false;
  // What the page saw since the last run is not dropped: it counts for this one.
  const started = performance.now();
  let el: Widget | undefined;
  await step('creating the element', () => {
    el = document.createElement(tag) as Widget;
  });
  let ms = 0;
  if (el) {
    await configure(el, plan, step);
    await settle(el, watch, step);
    ms = performance.now() - started;
    findings.push(...inspectDom(el));
    const blank = blankness(el);
    if (blank) findings.push(blank);
    await step('removing', () => el!.remove());
  }
  // Timers the element set during this run fire here, so their errors count for this run.
  await nextTask();
  findings.push(...fromPage(watch.take()));
  if (window.__canary) findings.push({ kind: 'script', cause: 'the canary ran', detail: 'window.__canary was set by a planted payload' });
  if (takeFlipLimitReached()) {
    findings.push({ kind: 'endless', cause: 'endless updates: config that changes on every read kept it re-rendering', detail: `the config was read ${FLIP_LIMIT} times in one configuration` });
  }
  const allowance = allowanceMs(plan);
  if (ms > allowance) {
    findings.push({ kind: 'slow', cause: 'slower than linear in its input', detail: `${Math.round(ms)} ms, over the ${Math.round(allowance)} ms its size allows`, excess: ms - allowance });
  }
  return { ms, findings: unique(findings) };
}
