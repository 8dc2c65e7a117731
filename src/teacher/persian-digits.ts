import { localDigits } from '../app/defaults';

// On the Persian page, numbers the sections write as they are ("13", "46 (+4)") are shown in Persian digits: each
// text node the page adds is rewritten once. Left as typed: anything left to right by design (codes, seeds, links
// and inputs, marked .mono or dir="ltr"), sources (their own titles and dates) and text in another language.

const KEEP = 'input, textarea, script, style, code, .mono, .class-code, [dir="ltr"], [lang]:not([lang="fa"]), .sources, a[href^="http"]';

function rewrite(node: Node): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node as Text;
    // A run isolated left to right (a seed, a code: \u2066…\u2069) keeps its digits.
    if (/[0-9]/.test(text.data) && !text.parentElement?.closest(KEEP)) {
      const next = text.data.replace(/\u2066[^\u2069]*\u2069|[^\u2066]+/g, (part) => (part.startsWith('\u2066') ? part : localDigits(part, 'fa')));
      if (next !== text.data) text.data = next;
    }
    return;
  }
  if (node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(KEEP)) return;
  node.childNodes.forEach(rewrite);
}

/** Rewrites what is on the page now and everything added later. */
export function persianDigits(root: HTMLElement): void {
  rewrite(root);
  new MutationObserver((changes) => {
    for (const c of changes) {
      if (c.type === 'characterData') rewrite(c.target);
      else c.addedNodes.forEach(rewrite);
    }
  }).observe(root, { childList: true, subtree: true, characterData: true });
}
