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

const LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;

/** Splits an answer into paragraphs of text and safe links. */
export function parseAnswer(source: string, base?: string): Answer {
  const problems: string[] = [];
  const paragraphs = source
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((block) => {
      const inlines: Inline[] = [];
      let at = 0;
      for (const match of block.matchAll(LINK)) {
        const [whole, label, href] = match;
        const index = match.index;
        if (index > at) inlines.push(block.slice(at, index));
        const checked = checkUrl(href, base);
        if (checked.ok) inlines.push({ label, href: checked.url.href });
        else {
          problems.push(`link "${label}": ${checked.message}`);
          inlines.push(label);
        }
        at = index + whole.length;
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
  return out
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}
