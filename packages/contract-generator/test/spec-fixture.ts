import type { SchemaObject, Spec } from '../src/spec/types';

/** A small spec in the shape of spec/openapi.yaml: each test changes only what it is about. */
export function miniSpec(
  paths: Record<string, { body: SchemaObject; items?: SchemaObject; tag?: string }>,
): Spec {
  return {
    tags: [
      { name: 'bond', description: 'Government and corporate bonds (incl. inflation factors).' },
      { name: 'muni', description: 'US municipal bonds.' },
      { name: 'utility', description: 'Identifier conversion.' },
    ],
    paths: Object.fromEntries(
      Object.entries(paths).map(([name, { body, items, tag }]) => [
        `/api/v1/${name}`,
        {
          post: {
            summary: `${name} summary`,
            tags: [tag ?? name.split('_')[0] ?? 'utility'],
            requestBody: { content: { 'application/json': { schema: body } } },
            responses: {
              '200': {
                content: {
                  'application/json': {
                    schema: { type: 'object', properties: { data: { type: 'array', items: items ?? {} } } },
                  },
                },
              },
            },
          },
        },
      ]),
    ),
    components: { schemas: {} },
    'x-contract-notes': { quotas: { consumes_data_quota: ['bond_reference', 'muni_pricing_*'] } },
  };
}
