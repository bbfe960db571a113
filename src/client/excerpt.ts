// Pagefind excerpts are HTML: indexed text with < and > escaped and <mark> around the matches.
// Instead of trusting that with innerHTML, read it as text and marks only, so whatever the content
// holds (and however an index was built) it can only ever become text on the page.

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

// Pagefind 1.6 escapes only < and > in excerpts (as &lt; and &gt;), not &: the text "&#60;b&#62;"
// arrives as written. So only those two are decoded; any other entity-like text stays literal
// (measured in test/e2e/hostile.test.ts). A literal "&lt;" in content shows as "<": harmless text.
function decodeEntities(html: string): string {
  return html.replace(/&lt;|&gt;/g, (entity) => (entity === '&lt;' ? '<' : '>'));
}

/** The excerpt as alternating plain and highlighted text; any other markup stays literal text. */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of html.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece !== '') parts.push({ text: decodeEntities(piece), mark });
  }
  return parts;
}
