import { CARRIER_DOMAINS, type CarrierId } from './data/carriers.ts';
import { KNOWN_DOMAINS } from './data/domains.ts';
import { FREE_PROVIDER_NAMES } from './data/freeProviders.ts';
import { PRIVATE_RELAYS } from './data/relays.ts';
import { SPOOFING_DOMAINS, type SpoofingProviderId } from './data/spoofing.ts';
import { REAL_SUFFIXES, SUFFIX_SLIPS } from './data/suffixes.ts';

/** A known domain split into name and ending, with its weight and flags. */
export interface Target {
  readonly domain: string;
  /** What comes before the ending (`gmail`, `i.softbank`, `biz.ezweb`). */
  readonly name: string;
  /** The public suffix (`com`, `co.jp`). */
  readonly suffix: string;
  readonly weight: number;
  /** Any other ending after this exact name is a slip. */
  readonly brand: boolean;
  /** Only the ending is ever corrected, never the name. */
  readonly exactName: boolean;
}

/** The lookup tables of the module, built from the data files on first use. */
export interface DomainIndex {
  readonly known: ReadonlyMap<string, Target>;
  /** Targets grouped by ending. */
  readonly bySuffix: ReadonlyMap<string, readonly Target[]>;
  /** Brand targets grouped by name. */
  readonly brands: ReadonlyMap<string, readonly Target[]>;
  readonly realSuffixes: ReadonlySet<string>;
  /** Typed ending → the endings it is a known slip of (`co` → `com`, `co.jp`). */
  readonly slips: ReadonlyMap<string, readonly string[]>;
  readonly carriers: ReadonlyMap<string, CarrierId>;
  readonly spoofing: ReadonlyMap<string, SpoofingProviderId>;
  /** Relay domain → whether it gets a `private-relay` hint. */
  readonly relays: ReadonlyMap<string, boolean>;
  readonly freeNames: ReadonlySet<string>;
}

let index: DomainIndex | undefined;

/** The public suffix of a known domain: the longest real ending that leaves a name. */
function splitSuffix(domain: string, realSuffixes: ReadonlySet<string>): [string, string] {
  let at = domain.indexOf('.');
  while (at >= 0) {
    const suffix = domain.slice(at + 1);
    if (realSuffixes.has(suffix)) return [domain.slice(0, at), suffix];
    at = domain.indexOf('.', at + 1);
  }
  const last = domain.lastIndexOf('.');
  return [domain.slice(0, last), domain.slice(last + 1)];
}

function groupSlips(): Map<string, string[]> {
  const slips = new Map<string, string[]>();
  for (const [typed, intended] of SUFFIX_SLIPS) slips.set(typed, [...(slips.get(typed) ?? []), intended]);
  return slips;
}

function build(): DomainIndex {
  const realSuffixes = new Set(REAL_SUFFIXES);
  const known = new Map<string, Target>();
  const bySuffix = new Map<string, Target[]>();
  const brands = new Map<string, Target[]>();
  for (const [domain, weight, flags] of KNOWN_DOMAINS) {
    const [name, suffix] = splitSuffix(domain, realSuffixes);
    const target: Target = {
      domain,
      name,
      suffix,
      weight: Math.max(weight, 1),
      brand: flags === 'b',
      exactName: flags === 'x' || weight === 0,
    };
    known.set(domain, target);
    const group = bySuffix.get(suffix) ?? [];
    group.push(target);
    bySuffix.set(suffix, group);
  }
  for (const target of known.values()) {
    // Every known domain that shares a brand's name belongs to the brand (yahoo.* for yahoo).
    if (!target.brand) continue;
    if (brands.has(target.name)) continue;
    brands.set(
      target.name,
      [...known.values()].filter((other) => other.name === target.name && other.weight > 1),
    );
  }
  return {
    known,
    bySuffix,
    brands,
    realSuffixes,
    slips: groupSlips(),
    carriers: new Map(CARRIER_DOMAINS),
    spoofing: new Map(SPOOFING_DOMAINS),
    relays: new Map(PRIVATE_RELAYS),
    freeNames: new Set(FREE_PROVIDER_NAMES),
  };
}

/**
 * The module's lookup tables (known domains split into name and ending, carriers, spoofing
 * filters, relays, free-webmail names), built from the literal data files on the first call
 * and shared afterwards. Nothing runs at import.
 *
 * @returns The tables.
 *
 * @example
 * domainIndex().known.get('i.softbank.jp')?.name //=> 'i.softbank'
 */
export function domainIndex(): DomainIndex {
  index ??= build();
  return index;
}
