import { checkUrl } from '../../core/url.js';

/**
 * Answers written in JSON are text, never HTML: a blank line starts a new paragraph and
 * `[label](https://…)` makes a link, if the URL passes the kit's safety check. Anything else,
 * `<script>` included, is shown literally because it is only ever rendered as text.
 */

/** A piece of a paragraph: plain text, or a link that passed the URL check. */
export type Inline = string | { label: string; href: string };

interface Answer {
  paragraphs: Inline[][];
  /** The answer as a reader sees it: paragraphs separated by a blank line, links as their label. */
  text: string;
  /** Why a link was refused (its label is kept as text). */
  problems: string[];
}

/** White space collapsed to single spaces, none at the ends. */
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The lines of each paragraph of `text`: a blank line (white space only) ends a paragraph. One
 * split and one trim per line, no pattern that could backtrack: linear on any text.
 */
function paragraphsOf(text: string): string[][] {
  const paragraphs: string[][] = [[]];
  for (const line of text.split('\n')) {
    const last = paragraphs[paragraphs.length - 1];
    if (line.trim()) last.push(line);
    else if (last.length) paragraphs.push([]);
  }
  return paragraphs.filter((lines) => lines.length);
}

/**
 * The `[label](href)` links of a paragraph (no line breaks, spaces single), as the pattern
 * `\[([^\]]+)\]\(([^)\s]+)\)` finds them, in linear time: a label runs to the first `]`, an href
 * to the first `)` and holds no space. Each search goes on from where the last one stopped, and
 * the `)` and space found are kept for the next `[`: a backtracking pattern read the rest of the
 * paragraph once per `[` and froze the tab.
 */
function* linksIn(block: string): Generator<{ index: number; end: number; label: string; href: string }> {
  let end = 0;
  let space = 0;
  for (let open = block.indexOf('['); open >= 0; open = block.indexOf('[', open + 1)) {
    const close = block.indexOf(']', open + 1);
    if (close < 0) return;
    const start = close + 2;
    if (end >= 0 && end < start) end = block.indexOf(')', start);
    if (space >= 0 && space < start) space = block.indexOf(' ', start);
    if (close > open + 1 && block[close + 1] === '(' && end > start && (space < 0 || space > end)) {
      yield { index: open, end: end + 1, label: block.slice(open + 1, close), href: block.slice(start, end) };
      open = end;
    }
    // Otherwise every `[` before this `]` ends its label here and fails alike: go on after it.
    else open = close;
  }
}

/** Splits an answer into paragraphs of text and safe links. */
export function parseAnswer(source: string, base?: string): Answer {
  const problems: string[] = [];
  const paragraphs = paragraphsOf(source).map((lines) => {
    const block = squash(lines.join(' '));
    const inlines: Inline[] = [];
    let at = 0;
    for (const { index, end, label, href } of linksIn(block)) {
      if (index > at) inlines.push(block.slice(at, index));
      const checked = checkUrl(href, base);
      if (checked.ok) inlines.push({ label, href: checked.url.href });
      else {
        problems.push(`link "${label}": ${checked.message}`);
        inlines.push(label);
      }
      at = end;
    }
    if (at < block.length) inlines.push(block.slice(at));
    return inlines;
  });
  const text = paragraphs
    .map((inlines) => inlines.map((inline) => (typeof inline === 'string' ? inline : inline.label)).join(''))
    .join('\n\n');
  return { paragraphs, text, problems };
}

const BLOCKS = new Set([
  'p', 'div', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'section', 'article',
  'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'details', 'summary', 'address', 'hr',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

/**
 * The text of an author's HTML answer as a reader sees it: blocks become paragraphs, `<br>` a line
 * break, scripts and styles are skipped. For schema.org and search; the answer itself is shown as
 * the author wrote it.
 */
export function textOfNodes(nodes: Iterable<Node>): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      // Source line breaks are just spaces to a reader; only <br> and blocks break lines.
      out += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (!(node instanceof Element) || SKIPPED.has(node.localName)) return;
    if (node.localName === 'br') {
      out += '\n';
      return;
    }
    const block = BLOCKS.has(node.localName);
    if (block) out += '\n\n';
    node.childNodes.forEach(walk);
    if (block) out += '\n\n';
  };
  for (const node of nodes) walk(node);
  return paragraphsOf(out)
    .map((lines) => lines.map(squash).join('\n'))
    .join('\n\n');
}
