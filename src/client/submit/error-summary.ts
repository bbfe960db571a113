// The error summary above the form after a generate attempt: how many errors, each a link that takes
// the reader to its field.
import { el } from '../dom.ts';
import type { FieldProblem } from './problems.ts';

export interface ErrorSummary {
  /** Lists `errors`, or hides the summary when there are none. */
  show(errors: readonly FieldProblem[]): void;
  focus(): void;
}

export function errorSummary(box: HTMLElement, heading: HTMLElement, list: HTMLElement): ErrorSummary {
  return {
    show(errors) {
      box.hidden = errors.length === 0;
      if (box.hidden) return;
      list.replaceChildren(
        ...errors.map((p) => {
          const link = el('a', { href: `#${p.control}`, textContent: `${p.label}:${p.text}` });
          link.addEventListener('click', (event) => {
            event.preventDefault();
            const target = document.getElementById(p.control);
            target?.scrollIntoView({ block: 'center' });
            target?.focus();
          });
          return el('li', {}, link);
        }),
      );
      heading.textContent = `报告中还有 ${errors.length} 个问题,请改正后再生成`;
    },
    focus: () => box.focus(),
  };
}
