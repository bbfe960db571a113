// Section 三: one block per target of the chosen task, each with its reading (value, as-of date, note).
import { el } from '../dom.ts';
import type { Metric, Target } from '../../schema/index.ts';
import { metricFields } from './form-fields.ts';
import { field, valueOf } from './field.ts';

// A number as YAML 1.2 reads an unquoted one; anything else goes to the schema as text, so "85%" or
// "1.5万" get the validator's own message and fix.
const YAML_NUMBER = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
export function numberOrText(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return YAML_NUMBER.test(trimmed) ? Number(trimmed) : text;
}

export interface MetricsSection {
  /** Blocks for `targets`, each filled with its carried reading or empty with `asOfDefault` as its date. */
  show(targets: readonly Target[], carried: readonly Metric[], asOfDefault: string, describe: (target: Target) => string): void;
  /** The readings typed (targets left empty are left out), and the target of each. */
  readings(): { metrics: Record<string, unknown>[]; targets: Target[] };
}

export function metricsSection(box: HTMLElement, intro: HTMLElement): MetricsSection {
  let shown: readonly Target[] = [];
  return {
    show(targets, carried, asOfDefault, describe) {
      shown = targets;
      const carriedByTarget = new Map(carried.map((m) => [m.target, m]));
      box.replaceChildren(
        ...targets.map((target) => {
          const reading = carriedByTarget.get(target.id);
          const fields = metricFields(target, reading?.as_of);
          const block = el(
            'fieldset',
            { className: 'metric' },
            el('legend', { textContent: target.label }),
            el('p', { className: 'hint', textContent: `${describe(target)}。目标标识 ${target.id}。` }),
            field(fields.value, el('input', { type: 'text', inputMode: 'decimal', autocomplete: 'off', value: reading ? String(reading.value) : '' })),
            field(fields.as_of, el('input', { type: 'date', value: reading?.as_of ?? asOfDefault })),
            field(fields.note, el('input', { type: 'text', autocomplete: 'off', value: reading?.note ?? '' })),
          );
          block.dataset.target = target.id;
          return block;
        }),
      );
      intro.textContent = targets.length
        ? '方案中本任务的数量目标。填写截至数据截止日期的实际值,单位与目标相同(85% 写 85,1.5万 写 15000);没有新数据的目标可以不填。'
        : '本任务没有数量目标,不需要填写。';
    },
    readings() {
      const metrics: Record<string, unknown>[] = [];
      const targets: Target[] = [];
      for (const target of shown) {
        const fields = metricFields(target);
        const value = numberOrText(valueOf(fields.value));
        if (value === undefined) continue;
        const asOf = valueOf(fields.as_of);
        const note = valueOf(fields.note);
        targets.push(target);
        metrics.push({ target: target.id, value, as_of: asOf === '' ? undefined : asOf, ...(note.trim() ? { note } : {}) });
      }
      return { metrics, targets };
    },
  };
}
