// Types for the web apps' API client, generated from the served /openapi.json in the shape openapi-fetch reads
// (`paths` → method → parameters, requestBody, responses). openapi-typescript, the usual generator, needs the
// TypeScript 5 compiler API, which TypeScript 7 (our type checker) no longer ships; the subset of JSON Schema that
// Tenure's document uses is small enough to print directly.

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  description?: string;
};
type Parameter = { name: string; in: 'query' | 'path' | 'header' | 'cookie'; required?: boolean; schema?: Schema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
};
export type OpenApi = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));
const union = (parts: string[]) => [...new Set(parts)].join(' | ') || 'never';

/** One JSON Schema as a TypeScript type expression. */
export function schemaToTs(schema: Schema | boolean | undefined, indent = ''): string {
  if (schema === undefined || schema === true) return 'unknown';
  if (schema === false) return 'never';
  if (schema.$ref) return `components['schemas'][${JSON.stringify(schema.$ref.split('/').pop())}]`;
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return union(schema.enum.map((v) => JSON.stringify(v)));
  if (schema.anyOf ?? schema.oneOf) return union((schema.anyOf ?? schema.oneOf)!.map((s) => schemaToTs(s, indent)));
  if (schema.allOf) return schema.allOf.map((s) => `(${schemaToTs(s, indent)})`).join(' & ');
  const types = schema.type === undefined ? [] : [schema.type].flat();
  if (types.length === 0) return schema.properties ? objectToTs(schema, indent) : 'unknown';
  return union(types.map((type) => typeToTs(type, schema, indent)));
}

function typeToTs(type: string, schema: Schema, indent: string): string {
  switch (type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array':
      return `Array<${schemaToTs(schema.items, indent)}>`;
    case 'object':
      return objectToTs(schema, indent);
    default:
      return 'unknown';
  }
}

function objectToTs(schema: Schema, indent: string): string {
  const inner = `${indent}  `;
  const required = new Set(schema.required ?? []);
  const lines = Object.entries(schema.properties ?? {}).map(
    ([name, value]) => `${inner}${key(name)}${required.has(name) ? '' : '?'}: ${schemaToTs(value, inner)};`,
  );
  const extra = schema.additionalProperties;
  // With named properties beside, an index signature must admit them all: unknown does.
  if (extra !== undefined && extra !== false)
    lines.push(`${inner}[key: string]: ${lines.length > 0 ? 'unknown' : schemaToTs(extra, inner)};`);
  if (lines.length === 0) return extra === false ? 'Record<string, never>' : 'Record<string, unknown>';
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function parametersToTs(parameters: Parameter[], indent: string): string {
  const inner = `${indent}  `;
  const groups = (['query', 'header', 'path', 'cookie'] as const).map((where) => {
    const of = parameters.filter((p) => p.in === where);
    if (of.length === 0) return `${inner}${where}?: never;`;
    const fields = of.map(
      (p) => `${inner}  ${key(p.name)}${p.required ? '' : '?'}: ${schemaToTs(p.schema, `${inner}  `)};`,
    );
    return `${inner}${where}${of.some((p) => p.required) ? '' : '?'}: {\n${fields.join('\n')}\n${inner}};`;
  });
  return `{\n${groups.join('\n')}\n${indent}}`;
}

function contentToTs(content: Record<string, { schema?: Schema }> | undefined, indent: string): string {
  const inner = `${indent}  `;
  const media = Object.entries(content ?? {}).map(
    ([type, { schema }]) => `${inner}${JSON.stringify(type)}: ${schemaToTs(schema, inner)};`,
  );
  return media.length === 0 ? 'never' : `{\n${media.join('\n')}\n${indent}}`;
}

function operationToTs(op: Operation, indent: string): string {
  const inner = `${indent}  `;
  const body = op.requestBody
    ? `${inner}requestBody${op.requestBody.required ? '' : '?'}: {\n${inner}  content: ${contentToTs(op.requestBody.content, `${inner}  `)};\n${inner}};`
    : `${inner}requestBody?: never;`;
  // A status is a number key: openapi-fetch's helpers pick success answers by comparing keys with 200 | 201 | …
  const responses = Object.entries(op.responses ?? {}).map(
    ([status, r]) =>
      `${inner}  ${/^\d+$/.test(status) ? status : key(status)}: {\n${inner}    headers: { [name: string]: unknown };\n${inner}    content: ${contentToTs(r.content, `${inner}    `)};\n${inner}  };`,
  );
  return [
    '{',
    `${inner}parameters: ${parametersToTs(op.parameters ?? [], inner)};`,
    body,
    `${inner}responses: {\n${responses.join('\n')}\n${inner}};`,
    `${indent}}`,
  ].join('\n');
}

/** The whole module: `components` (named schemas) and `paths`, as openapi-fetch's `createClient<paths>` wants. */
export function openApiToTs(document: OpenApi): string {
  const schemas = Object.entries(document.components?.schemas ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, schema]) => `    ${key(name)}: ${schemaToTs(schema, '    ')};`);
  const paths = Object.entries(document.paths)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, item]) => {
      const ops = METHODS.map((m) => `    ${m}${item[m] ? `: ${operationToTs(item[m], '    ')}` : '?: never'};`);
      return `  ${JSON.stringify(path)}: {\n    parameters: { query?: never; header?: never; path?: never; cookie?: never };\n${ops.join('\n')}\n  };`;
    });
  return [
    '// Generated from /openapi.json by scripts/web-api-types.ts; do not edit (npm run web:types).',
    '/* eslint-disable */',
    `export interface components {\n  schemas: {\n${schemas.join('\n')}\n  };\n}`,
    `export interface paths {\n${paths.join('\n')}\n}`,
    '',
  ].join('\n');
}
