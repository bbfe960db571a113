// Every field name a schema knows, at any depth: what a line of YAML can start with. Used to tell a
// mistyped field line from a line of text (src/content/typing-slips.ts).
import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
}

export function fieldNames(schema: z.ZodType, into = new Set<string>()): Set<string> {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  if (def.type === 'object' && def.shape) {
    for (const [key, value] of Object.entries(def.shape)) {
      into.add(key);
      fieldNames(value, into);
    }
  }
  const inner = def.element ?? def.innerType ?? def.in;
  if (inner) fieldNames(inner, into);
  return into;
}
