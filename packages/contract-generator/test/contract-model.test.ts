import { describe, expect, test } from 'vitest';
import { renderOperationsModule } from '../src/emit/operations-module';
import { contractModel } from '../src/model/contract';
import { layoutContract } from '../src/model/layout';
import { NAMESPACE_OF_TAG, namespacesOf, titleOf } from '../src/model/namespaces';
import { miniSpec } from './spec-fixture';

const isinsBody = {
  type: 'object',
  required: ['isins'],
  properties: { isins: { type: 'array', items: { type: 'string' } } },
} as const;
const page = {
  type: 'object',
  properties: { limit: { type: 'integer' }, offset: { type: 'integer' } },
} as const;

describe('the contract model', () => {
  test('places operations in the namespace of their tag, the others at the top level', () => {
    const model = contractModel(
      miniSpec({
        bond_pricing_latest: { body: isinsBody },
        inflation_factors: { body: { type: 'object' }, tag: 'bond' },
        convert_to_isin: { body: { type: 'object' }, tag: 'utility' },
      }),
    );
    expect(model.operations.map(({ name, namespace, method }) => ({ name, namespace, method }))).toEqual([
      { name: 'bond_pricing_latest', namespace: 'bonds', method: 'pricingLatest' },
      { name: 'inflation_factors', namespace: null, method: 'inflationFactors' },
      { name: 'convert_to_isin', namespace: null, method: 'convertToIsin' },
    ]);
    expect(model.namespaces).toEqual([
      { name: 'bonds', prefix: 'bond', title: 'Government and corporate bonds' },
      { name: 'munis', prefix: 'muni', title: 'US municipal bonds' },
    ]);
  });

  test('derives the facts the machinery needs', () => {
    const [search, reference] = contractModel(
      miniSpec({ muni_search: { body: page }, bond_reference: { body: isinsBody } }),
    ).operations;
    expect(search).toMatchObject({ paginated: true, hasLimit: true, isinField: null, consumesQuota: false });
    expect(reference).toMatchObject({ isinField: 'isins', consumesQuota: true, requiredFields: ['isins'] });
  });

  test('error answers, whatever their status code, leave the model unchanged', () => {
    const spec = miniSpec({ bond_reference: { body: isinsBody } });
    const before = contractModel(spec);
    const responses = spec.paths['/api/v1/bond_reference']?.post?.responses ?? {};
    responses['503'] = {
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } },
    };
    responses['5XX'] = { $ref: '#/components/responses/ServerError' };
    responses.default = { content: { 'text/html': { schema: { type: 'string' } } } };
    expect(contractModel(spec)).toEqual(before);
  });

  test('a spec tag without an SDK namespace is an error that says where to add it', () => {
    const spec = miniSpec({ bond_reference: { body: isinsBody } });
    spec.tags?.push({ name: 'futures' });
    expect(() => namespacesOf(spec)).toThrow(/"futures".*NAMESPACE_OF_TAG/);
    expect(Object.keys(NAMESPACE_OF_TAG)).toContain('utility');
  });

  test("a namespace's title is its tag's description without the trailing remark", () => {
    expect(titleOf('Government and corporate bonds (incl. inflation factors).')).toBe(
      'Government and corporate bonds',
    );
  });
});

describe('the operations module', () => {
  const source = renderOperationsModule(
    layoutContract(
      contractModel(
        miniSpec({
          bond_reference: {
            body: isinsBody,
            items: { type: 'object', properties: { coupon: { type: 'number' } } },
          },
          muni_reference: {
            body: isinsBody,
            items: { type: 'object', properties: { coupon: { type: 'number' } } },
          },
        }),
      ),
    ),
  );

  test('declares shared schemas before their first use and exports one item type per operation', () => {
    // The ISIN list is the same in both requests: declared once, before the first of them.
    const name = /obj\(\{ isins: (\w+) \}\)/.exec(source)?.[1];
    expect(name).toBeDefined();
    const declared = source.indexOf(`const ${name} = z.array(`);
    expect(declared).toBeGreaterThan(0);
    expect(declared).toBeLessThan(source.indexOf('const bond_reference_request'));
    expect(source.match(new RegExp(`isins: ${name}\\b`, 'g'))).toHaveLength(2);
    expect(source).toContain('export const BondReferenceItem = z.looseObject(');
    expect(source).toContain(
      'export type MuniReferenceParams = z.input<ReturnType<typeof muni_reference_request>>;',
    );
  });

  test('imports only the helpers it uses, and carries no lint directive', () => {
    // defineOperation derives each response schema from the item, so envelope is not imported here.
    expect(source).toContain("import { defineOperation, type ObjectFactory } from './schema-helpers';");
    expect(source).not.toMatch(/^\s+response:/m);
    expect(source).not.toMatch(/eslint|biome-ignore/);
    expect(source).toContain("export { namespaces } from './namespaces.generated';");
  });
});
