/**
 * Names of free webmail services. A known domain (see `domains.ts`) whose name is one of these is
 * a free-webmail address (`free-provider`, info, only when asked for). Carrier and ISP mail is
 * not here: it comes with a paid line or contract. Curated by hand from the providers' own sign-up
 * pages; not the free-email-domains package (it merges disposable domains and downloads lists on
 * install). Space-separated.
 *
 * @example
 * FREE_PROVIDER_NAMES.split(' ').includes('gmail') //=> true
 */
export const FREE_PROVIDER_NAMES =
  'gmail googlemail yahoo ymail rocketmail hotmail outlook live msn windowslive passport icloud me mac aol aim protonmail proton pm tutanota tuta gmx web mail email yandex ya inbox list bk qq 163 126 foxmail sina naver hanmail daum nate zoho excite infoseek livedoor goo';
