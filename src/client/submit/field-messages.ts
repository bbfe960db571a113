// Each field's own message, under it: shown once the field has been left (or after a generate attempt),
// the control marked invalid while it has an error, and the message of the field just left announced.
import { FIELD_CLASS } from './form-fields.ts';
import type { FieldProblem } from './problems.ts';

export interface FieldMessages {
  /** `visible`: whether a slot's message may show yet; `leftSlot`: the slot of the field just left. */
  show(problems: readonly FieldProblem[], visible: (slot: string) => boolean, leftSlot?: string): void;
}

export function fieldMessages(form: HTMLElement, announce: (text: string) => void): FieldMessages {
  /** The words last announced for each slot: the same message is not read out twice. */
  const announced = new Map<string, string>();
  return {
    show(problems, visible, leftSlot) {
      // Not Map.groupBy: older in-app browsers lack it.
      const bySlot = new Map<string, FieldProblem[]>();
      for (const p of problems) bySlot.set(p.slot, [...(bySlot.get(p.slot) ?? []), p]);
      for (const slot of form.querySelectorAll<HTMLElement>(`.${FIELD_CLASS.message}`)) {
        const list = bySlot.get(slot.id) ?? [];
        const shown = visible(slot.id);
        slot.textContent = shown ? list.map((p) => (p.severity === 'warning' ? `请核对:${p.text}` : p.text)).join(';') : '';
        slot.classList.toggle('is-warning', list.length > 0 && list.every((p) => p.severity === 'warning'));
        const invalid = shown && list.some((p) => p.severity === 'error');
        // The controls this message describes (a radio group's fieldset is described, not marked).
        for (const control of form.querySelectorAll(`:is(input, select, textarea)[aria-describedby~="${slot.id}"]`)) {
          if (invalid) control.setAttribute('aria-invalid', 'true');
          else control.removeAttribute('aria-invalid');
        }
      }
      // The summary announces itself (role="alert"); a field's message is announced when it is left.
      const left = leftSlot && bySlot.get(leftSlot)?.[0];
      const text = left ? document.getElementById(left.slot)?.textContent : '';
      if (left && text && text !== announced.get(left.slot)) {
        announced.set(left.slot, text);
        announce(`${left.label}:${text}`);
      }
    },
  };
}
