// One field built in the browser (a target's reading, a piece of evidence): the same markup and links as
// the page's own fields (src/components/FormField.astro), from the same FieldSpec.
import { el } from '../dom.ts';
import { controlAttributes, errorId, FIELD_CLASS, hintId, type FieldSpec } from './form-fields.ts';

export function field(spec: FieldSpec, control: HTMLInputElement): HTMLElement {
  for (const [name, value] of Object.entries(controlAttributes(spec))) control.setAttribute(name, value);
  return el(
    'div',
    { className: FIELD_CLASS.field },
    el('label', { htmlFor: spec.id, textContent: spec.label }),
    control,
    ...(spec.hint ? [el('p', { id: hintId(spec.id), className: FIELD_CLASS.hint, textContent: spec.hint })] : []),
    el('p', { id: errorId(spec.id), className: FIELD_CLASS.message }),
  );
}

/** The value typed into the control of `spec` (built by `field`). */
export function valueOf(spec: FieldSpec): string {
  return (document.getElementById(spec.id) as HTMLInputElement).value;
}
