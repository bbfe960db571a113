// Words for screen readers, said through one polite live region.
export function announcer(region: HTMLElement): (text: string) => void {
  return (text) => {
    // Clear first so the same words are read again.
    region.textContent = '';
    window.setTimeout(() => (region.textContent = text), 50);
  };
}
