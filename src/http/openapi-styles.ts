type Parameter = { in: string; name: string; schema?: { type?: unknown }; style?: string; explode?: boolean };
export type OpenApiDocument = { paths?: Record<string, Record<string, { parameters?: Parameter[] }>> };

/**
 * Query parameters are read in Stripe's bracket notation (`created[gte]=1`, `attributes[plan]=gold`): OpenAPI calls
 * that `deepObject`. Lists are repeated keys (`expand=a&expand=b`, or `expand[]=…`): `form` exploded. Written into
 * the document so generated clients send what the server reads.
 */
export function describeQueryStyles(document: OpenApiDocument): OpenApiDocument {
  for (const operations of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(operations)) {
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in !== 'query') continue;
        const type = parameter.schema?.type;
        if (type === 'object') Object.assign(parameter, { style: 'deepObject', explode: true });
        else if (type === 'array') Object.assign(parameter, { style: 'form', explode: true });
      }
    }
  }
  return document;
}
