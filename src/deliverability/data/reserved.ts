import { INSTITUTIONAL_SUFFIXES } from './suffixes.ts';

/**
 * Names reserved for documentation, tests or non-DNS use: nothing under them receives mail.
 * A domain matches when it equals an entry or ends with `.` + an entry.
 *
 * Sources: RFC 2606 §2–3 and RFC 6761 §6.2–6.5 (`test`, `example`, `invalid`, `localhost`,
 * `example.com/net/org`), RFC 6762 (`local`), RFC 8375 (`home.arpa`), RFC 9476 (`alt`),
 * RFC 7686 (`onion`), ICANN Board resolution 2024 (`internal`). Space-separated.
 *
 * @example
 * RESERVED_SUFFIXES.split(' ').includes('example.com') //=> true
 */
export const RESERVED_SUFFIXES =
  'example.com example.net example.org test example invalid localhost local home.arpa alt onion internal';

/**
 * Japanese second levels under which JPRS reserves the labels `example` and `example0`–`example9`
 * for documentation (`example.co.jp`, `example1.ne.jp`, `example.jp`): `jp`, `co.jp`, `ne.jp` and the
 * institutional second levels. Sources: JPRS notice 2005-08 (EXAMPLE0–9), JPRS 汎用JPドメイン名
 * reserved-name rules and 属性型JP rules §4.4 (JPRS-1, JPRS-2). `test.co.jp` and `sample.co.jp`
 * are real companies. Space-separated.
 *
 * @example
 * RESERVED_JP_PARENTS.split(' ').includes('co.jp') //=> true
 */
export const RESERVED_JP_PARENTS = `jp co.jp ne.jp ${INSTITUTIONAL_SUFFIXES}`;
