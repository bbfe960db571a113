// The one escaper for markup the project writes by hand: the Atom feed, the sitemaps and the redirect
// pages. These five are the entities XML predefines (HTML5 knows them too), so every XML reader decodes
// them, even one that leaves numeric references alone; with them, text is safe as element content and
// as an attribute value in either quote style.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}
