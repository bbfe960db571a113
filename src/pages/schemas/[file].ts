// /schemas/{task,report,units,areas,plan,site}.schema.json: the JSON Schema of each content file kind,
// the same text as the repository's schemas/ folder (src/export/json-schema.ts makes both).
import type { GetStaticPaths } from 'astro';
import { jsonSchemaText, SCHEMA_FILE_NAMES, type SchemaFileName } from '../../export/json-schema.ts';

export const getStaticPaths = (() => SCHEMA_FILE_NAMES.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export function GET({ params }: { params: { file: SchemaFileName } }) {
  return new Response(jsonSchemaText(params.file), { headers: { 'content-type': 'application/schema+json; charset=utf-8' } });
}
