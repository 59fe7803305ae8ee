// Text as a reader sees it: text nodes joined by spaces (elements break words apart), white space
// (non-breaking too) folded.
export function squash(el: Element | null | undefined): string {
  if (!el) return '';
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    parts.push(node.textContent ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The cells of a table row, each squashed. */
export const cells = (row: Element | null | undefined): string[] =>
  [...(row?.querySelectorAll('td') ?? [])].map(squash);
