// The loader names a problem's place as `metrics[0].value` (problem.ts fieldPath); the sheet needs it as
// a path again to find the cell.
export function parseFieldPath(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}
