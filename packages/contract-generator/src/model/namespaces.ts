import type { Spec } from '../spec/types';

/**
 * The SDK's name for each universe the spec tags (DESIGN.md: `client.bonds`, `client.agency`, `client.munis`).
 * `null`: the tag's operations are top-level methods. This is the one hand-kept naming decision; everything else
 * about the namespaces (which operations, their method names, the help titles) comes from the spec.
 */
export const NAMESPACE_OF_TAG: Readonly<Record<string, string | null>> = {
  bond: 'bonds',
  agency: 'agency',
  muni: 'munis',
  utility: null,
};

export interface NamespaceModel {
  /** Client namespace, e.g. `munis`. */
  name: string;
  /** Operation-name prefix of its operations, e.g. `muni` (the spec tag). */
  prefix: string;
  /** One-line title from the tag's description, e.g. `US municipal bonds`. */
  title: string;
}

/** The namespace table, from the spec's tags, in tag order. */
export function namespacesOf(spec: Spec): NamespaceModel[] {
  return (spec.tags ?? []).flatMap((tag) => {
    const name = namespaceOfTag(tag.name);
    return name === null ? [] : [{ name, prefix: tag.name, title: titleOf(tag.description ?? name) }];
  });
}

function namespaceOfTag(tag: string): string | null {
  const name = NAMESPACE_OF_TAG[tag];
  if (name === undefined)
    throw new Error(
      `spec tag "${tag}" has no SDK namespace: add it to NAMESPACE_OF_TAG (null for top-level)`,
    );
  return name;
}

/** `Government and corporate bonds` for `Government and corporate bonds (incl. inflation factors).` */
export const titleOf = (description: string): string =>
  description
    .replace(/\s*\(.*?\)/g, '')
    .replace(/\.\s*$/, '')
    .trim();

/**
 * Where an operation lives: `bond_pricing_latest` (tag `bond`) → `bonds.pricingLatest`. An operation whose name
 * does not start with its tag (`inflation_factors`, tagged `bond`) is a top-level method.
 */
export function placeOperation(
  name: string,
  tag: string | undefined,
  namespaces: readonly NamespaceModel[],
): { namespace: string | null; method: string } {
  const ns = namespaces.find((n) => n.prefix === tag && name.startsWith(`${n.prefix}_`));
  const rest = ns ? name.slice(ns.prefix.length + 1) : name;
  return {
    namespace: ns?.name ?? null,
    method: rest.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
  };
}
