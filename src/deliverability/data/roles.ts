/**
 * Local parts nobody reads: a reply sent there is lost (`role-account`, warning).
 * Whole local part, case-insensitive, `+tag` removed. Source: RFC 5321 §4.5.1 (postmaster) and
 * the curated "unread" tier of shared/research/deliverability.md §1.4. Space-separated.
 *
 * @example
 * UNREAD_ROLES.split(' ').includes('noreply') //=> true
 */
export const UNREAD_ROLES =
  'noreply no-reply no_reply donotreply do-not-reply do_not_reply mailer-daemon mailerdaemon postmaster bounce bounces nobody devnull';

/**
 * Local parts of shared inboxes (`role-account`, info): fine for a company contact, odd for a
 * personal account. RFC 2142 names, common English role names and the romaji role names
 * Japanese companies use (お問い合わせ → otoiawase, 営業 → eigyo …). Never a prefix match:
 * `abu.rahman` is not `abuse`. Source: shared/research/deliverability.md §1.4. Space-separated.
 *
 * @example
 * SHARED_ROLES.split(' ').includes('otoiawase') //=> true
 */
export const SHARED_ROLES =
  'info marketing sales support abuse noc security hostmaster usenet news webmaster www uucp ftp admin administrator contact help helpdesk office billing accounts hr jobs press service team otoiawase toiawase uketsuke soudan eigyo eigyou soumu jinji saiyo saiyou keiri kouhou koho info-jp';
