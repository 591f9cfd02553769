import type { NamespaceModel } from '../model/namespaces';
import { docComment, generatedHeader } from './text';

/** `packages/core/src/contract/namespaces.generated.ts`: the one namespace table the SDK's packages import. */
export function renderNamespacesModule(namespaces: readonly NamespaceModel[]): string {
  return [
    generatedHeader('the tags of spec/openapi.yaml'),
    '',
    docComment(
      "The API's universes as client namespaces, from the spec's tags: `client.munis.pricingLatest` calls " +
        '`muni_pricing_latest` (the operations named `<prefix>_…`); the others (`inflation_factors`, ' +
        '`convert_to_isin`, `download_document`) are top-level methods. `title` is the line help screens show.',
    ),
    'export const namespaces = {',
    ...namespaces.map(
      (ns) => `  ${ns.name}: { prefix: ${JSON.stringify(ns.prefix)}, title: ${JSON.stringify(ns.title)} },`,
    ),
    '} as const;',
    '',
  ].join('\n');
}
