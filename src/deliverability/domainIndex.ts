import { CARRIER_DOMAINS, type CarrierId } from './data/carriers.ts';
import { KNOWN_DOMAINS } from './data/domains.ts';
import { FREE_PROVIDER_NAMES } from './data/freeProviders.ts';
import { PRIVATE_RELAYS } from './data/relays.ts';
import { RESERVED_JP_PARENTS, RESERVED_SUFFIXES } from './data/reserved.ts';
import { SHARED_ROLES, UNREAD_ROLES } from './data/roles.ts';
import { SPOOFING_EXTRA_DOMAINS, SPOOFING_NAMES, type SpoofingProviderId } from './data/spoofing.ts';
import { INSTITUTIONAL_SUFFIXES, REAL_SUFFIXES, SUFFIX_SLIPS } from './data/suffixes.ts';
import { letterMask } from './letterMask.ts';

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
  /** The name ends in the word `mail` (`hotmail`, `gmail`). */
  readonly mailWord: boolean;
  /** {@link letterMask} of the name, and of the name without the word `mail`. */
  readonly mask: number;
  readonly stemMask: number;
  /** {@link letterMask} of the ending. */
  readonly suffixMask: number;
}

/** The targets of one ending whose names may be corrected, by name length. */
export interface SuffixGroup {
  readonly suffix: string;
  /** `byLength[n]`: the targets whose name has `n` characters, most popular first. */
  readonly byLength: readonly (readonly Target[] | undefined)[];
}

/** The lookup tables of the module, built from the data files on first use. */
export interface DomainIndex {
  readonly known: ReadonlyMap<string, Target>;
  /** Targets whose name may be corrected, grouped by ending, then by name length. */
  readonly groups: ReadonlyMap<string, SuffixGroup>;
  /** The same groups by the length of their ending. */
  readonly groupsByLength: readonly (readonly SuffixGroup[] | undefined)[];
  /** Targets of which only the ending is ever corrected, by name. */
  readonly exactNames: ReadonlyMap<string, readonly Target[]>;
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
  /** Endings under which nothing is corrected (`ac.jp`). */
  readonly institutional: readonly string[];
  /** Reserved names, and the `.jp` parents of reserved `example[0-9]` labels. */
  readonly reserved: readonly string[];
  readonly reservedJpParents: ReadonlySet<string>;
  /** Role local part → its tier. */
  readonly roles: ReadonlyMap<string, 'unread' | 'shared'>;
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

/** Groups values by key, appending to one list per key. */
function groupBy<K, V>(values: Iterable<V>, key: (value: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const value of values) {
    const k = key(value);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [value]);
    else group.push(value);
  }
  return groups;
}

/** `list[n]`: the values whose `length` is `n`. */
function byLength<V>(values: Iterable<V>, length: (value: V) => number): V[][] {
  const list: V[][] = [];
  for (const value of values) {
    const at = length(value);
    list[at] = [...(list[at] ?? []), value];
  }
  return list;
}

function build(): DomainIndex {
  const realSuffixes = new Set(REAL_SUFFIXES.split(' '));
  const known = new Map<string, Target>();
  for (const [domain, weight, flags] of KNOWN_DOMAINS) {
    const [name, suffix] = splitSuffix(domain, realSuffixes);
    known.set(domain, {
      domain,
      name,
      suffix,
      weight: Math.max(weight, 1),
      brand: flags === 'b',
      exactName: flags === 'x' || weight === 0,
      mailWord: name.endsWith('mail'),
      mask: letterMask(name, name.length),
      stemMask: letterMask(name, name.length - 4),
      suffixMask: letterMask(suffix, suffix.length),
    });
  }
  const targets = [...known.values()];
  const groups = new Map<string, SuffixGroup>();
  for (const [suffix, group] of groupBy(
    targets.filter((target) => !target.exactName),
    (target) => target.suffix,
  )) {
    groups.set(suffix, { suffix, byLength: byLength(group, (target) => target.name.length) });
  }
  // Every known domain that shares a brand's name belongs to the brand (yahoo.* for yahoo).
  const brands = new Map<string, Target[]>();
  for (const target of targets) {
    if (target.brand && !brands.has(target.name)) {
      brands.set(
        target.name,
        targets.filter((other) => other.name === target.name && other.weight > 1),
      );
    }
  }
  const slips = new Map<string, string[]>();
  for (const [typed, intended] of SUFFIX_SLIPS) slips.set(typed, [...(slips.get(typed) ?? []), intended]);
  const spoofNames = SPOOFING_NAMES.split(' ');
  const spoofing = new Map<string, SpoofingProviderId>();
  for (const domain of [
    ...targets.filter((target) => spoofNames.includes(target.name)).map((target) => target.domain),
    ...SPOOFING_EXTRA_DOMAINS.split(' '),
  ]) {
    spoofing.set(domain, domain === 'yahoo.co.jp' ? 'yahoo-japan' : 'yahoo');
  }
  const roles = new Map<string, 'unread' | 'shared'>();
  for (const role of SHARED_ROLES.split(' ')) roles.set(role, 'shared');
  for (const role of UNREAD_ROLES.split(' ')) roles.set(role, 'unread');
  return {
    known,
    groups,
    groupsByLength: byLength(groups.values(), (group) => group.suffix.length),
    exactNames: groupBy(
      targets.filter((target) => target.exactName),
      (target) => target.name,
    ),
    brands,
    realSuffixes,
    slips,
    carriers: new Map(CARRIER_DOMAINS),
    spoofing,
    relays: new Map(PRIVATE_RELAYS),
    freeNames: new Set(FREE_PROVIDER_NAMES.split(' ')),
    institutional: INSTITUTIONAL_SUFFIXES.split(' '),
    reserved: RESERVED_SUFFIXES.split(' '),
    reservedJpParents: new Set(RESERVED_JP_PARENTS.split(' ')),
    roles,
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
