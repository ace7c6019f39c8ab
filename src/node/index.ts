export {
  type DnsLookupProblem,
  type DnsResolverLike,
  type LookupDnsFactsOptions,
  type LookupDnsFactsResult,
  lookupDnsFacts,
} from './lookupDnsFacts.ts';
