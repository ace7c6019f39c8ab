import type { EmailProvider } from './types.ts';

/**
 * The built-in provider table: one row per provider, every domain exact-matched on its
 * lower-case ASCII form. Every provider is case-insensitive (their namespaces hold only
 * lower-case names), so the local part is lower-cased for all of them. Each rule cites its
 * source; the source keys are those of docs/email.md (§ Sources) and
 * shared/research/email-canonicalization.md §6. Heuristic rules are marked HEURISTIC and run
 * only when the caller switches them on.
 *
 * @example
 * EMAIL_PROVIDERS.find((p) => p.id === 'gmail')?.rules.dots //=> 'ignored'
 */
export const EMAIL_PROVIDERS: readonly EmailProvider[] = [
  {
    id: 'gmail',
    name: 'Gmail',
    domains: ['gmail.com', 'googlemail.com'],
    rules: {
      // G1 support.google.com/mail/answer/7436150 "Dots don't matter in Gmail addresses".
      dots: 'ignored',
      // G2 gmail.googleblog.com 2008 "2 hidden ways…": `+anything` is delivered to you.
      subaddress: '+',
      // G4 googlemail.com and gmail.com are one namespace (2012 German rebranding).
      aliasOf: 'gmail.com',
    },
  },
  {
    id: 'outlook',
    name: 'Outlook.com',
    // M1 ZDNet / M3 Microsoft: the consumer Outlook.com family; validator.js's domain list
    // (13.15.35) plus the Japanese ones. Every domain is its own namespace (no alias).
    domains: [
      'outlook.com',
      'hotmail.com',
      'live.com',
      'msn.com',
      'passport.com',
      'windowslive.com',
      'outlook.jp',
      'hotmail.co.jp',
      'live.jp',
      'hotmail.at',
      'hotmail.be',
      'hotmail.ca',
      'hotmail.cl',
      'hotmail.co.il',
      'hotmail.co.nz',
      'hotmail.co.th',
      'hotmail.co.uk',
      'hotmail.com.ar',
      'hotmail.com.au',
      'hotmail.com.br',
      'hotmail.com.gr',
      'hotmail.com.mx',
      'hotmail.com.pe',
      'hotmail.com.tr',
      'hotmail.com.vn',
      'hotmail.cz',
      'hotmail.de',
      'hotmail.dk',
      'hotmail.es',
      'hotmail.fr',
      'hotmail.hu',
      'hotmail.id',
      'hotmail.ie',
      'hotmail.in',
      'hotmail.it',
      'hotmail.jp',
      'hotmail.kr',
      'hotmail.lv',
      'hotmail.my',
      'hotmail.ph',
      'hotmail.pt',
      'hotmail.sa',
      'hotmail.sg',
      'hotmail.sk',
      'live.be',
      'live.ca',
      'live.co.uk',
      'live.com.ar',
      'live.com.au',
      'live.com.mx',
      'live.de',
      'live.dk',
      'live.es',
      'live.eu',
      'live.fr',
      'live.it',
      'live.nl',
      'live.se',
      'outlook.at',
      'outlook.be',
      'outlook.cl',
      'outlook.co.il',
      'outlook.co.nz',
      'outlook.co.th',
      'outlook.com.ar',
      'outlook.com.au',
      'outlook.com.br',
      'outlook.com.gr',
      'outlook.com.pe',
      'outlook.com.tr',
      'outlook.com.vn',
      'outlook.cz',
      'outlook.de',
      'outlook.dk',
      'outlook.es',
      'outlook.fr',
      'outlook.hu',
      'outlook.id',
      'outlook.ie',
      'outlook.in',
      'outlook.it',
      'outlook.kr',
      'outlook.lv',
      'outlook.my',
      'outlook.ph',
      'outlook.pt',
      'outlook.sa',
      'outlook.sg',
      'outlook.sk',
    ],
    rules: {
      // M1 ZDNet 2020 (plus addressing on Hotmail/Outlook.com since 2013), M2 Microsoft Learn
      // "Plus addressing in Exchange Online". Dots are significant (M3; johno/normalize-email#1).
      subaddress: '+',
    },
  },
  {
    id: 'yahoo',
    name: 'Yahoo Mail',
    // Y1 Yahoo IDs; country domains, ymail.com and rocketmail.com are separate namespaces.
    // Domain list: MaxMind minfraud (yahoo.<cc>), myyahoo.com (M).
    domains: [
      'yahoo.com',
      'ymail.com',
      'rocketmail.com',
      'myyahoo.com',
      'y7mail.com',
      'yahoo.at',
      'yahoo.be',
      'yahoo.bg',
      'yahoo.ca',
      'yahoo.cl',
      'yahoo.co.id',
      'yahoo.co.il',
      'yahoo.co.in',
      'yahoo.co.kr',
      'yahoo.co.nz',
      'yahoo.co.th',
      'yahoo.co.uk',
      'yahoo.co.za',
      'yahoo.com.ar',
      'yahoo.com.au',
      'yahoo.com.br',
      'yahoo.com.co',
      'yahoo.com.hk',
      'yahoo.com.hr',
      'yahoo.com.mx',
      'yahoo.com.my',
      'yahoo.com.pe',
      'yahoo.com.ph',
      'yahoo.com.sg',
      'yahoo.com.tr',
      'yahoo.com.tw',
      'yahoo.com.ua',
      'yahoo.com.ve',
      'yahoo.com.vn',
      'yahoo.cz',
      'yahoo.de',
      'yahoo.dk',
      'yahoo.ee',
      'yahoo.es',
      'yahoo.fi',
      'yahoo.fr',
      'yahoo.gr',
      'yahoo.hu',
      'yahoo.ie',
      'yahoo.in',
      'yahoo.it',
      'yahoo.lt',
      'yahoo.lv',
      'yahoo.nl',
      'yahoo.no',
      'yahoo.pl',
      'yahoo.pt',
      'yahoo.ro',
      'yahoo.se',
      'yahoo.sk',
    ],
    rules: {
      // Y1 Yahoo IDs: letters, digits, `_`, one `.` — dots significant; Y4 ZDNet: no `+` tags.
      // HEURISTIC Y2 help.yahoo.com SLN28815, Y3 US 2006/0041621: `basename-keyword` disposable
      // addresses; the base name is not the login (gmr/email-normalize#14), so opt-in only.
      disposableKeyword: true,
    },
  },
  {
    id: 'aol',
    name: 'AOL Mail',
    // Y4 ZDNet (no plus addressing); aol.co.uk/.de/.fr (M).
    domains: ['aol.com', 'aim.com', 'aol.co.uk', 'aol.de', 'aol.fr'],
    rules: {},
  },
  {
    id: 'yahoo-japan',
    name: 'Yahoo! JAPAN',
    // YJ1; ymail.ne.jp is listed in the brief but not verified (M).
    domains: ['yahoo.co.jp', 'ymail.ne.jp'],
    rules: {
      // YJ1 mamakasegu.com 2021, YJ2 anachro1.blogspot.com 2017: no `+` tag; HEURISTIC
      // セーフティーアドレス `ベースネーム-キーワード`, base name unrelated to the main address.
      disposableKeyword: true,
    },
  },
  {
    id: 'icloud',
    name: 'iCloud Mail',
    domains: ['icloud.com', 'me.com', 'mac.com'],
    rules: {
      // A2 kosukety.org (`+` addresses are delivered; anchors: validator.js icloud rule).
      subaddress: '+',
      // A1 Apple Support 118230: me.com and mac.com holders own the same name at icloud.com.
      aliasOf: 'icloud.com',
    },
  },
  {
    id: 'proton',
    name: 'Proton Mail',
    domains: ['proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me'],
    rules: {
      // P1 proton.me/support/change-username: '.', '_' and '-' are transparent.
      dots: 'ignored',
      transparent: '_-',
      // P2 proton.me/support/addresses-and-aliases: `+alias` addresses.
      subaddress: '+',
      // P2: one username on @proton.me, @protonmail.com, @protonmail.ch and @pm.me.
      aliasOf: 'proton.me',
    },
  },
  {
    id: 'fastmail',
    name: 'Fastmail',
    // F1; the most used of the ~120 Fastmail-owned domains MaxMind minfraud lists (size budget;
    // a missing one only means a missed merge). fastmail.fm is not an alias of fastmail.com.
    domains: [
      'fastmail.com',
      'fastmail.fm',
      'fastmail.jp',
      'fastmail.co.uk',
      'fastmail.com.au',
      'fastmail.de',
      'fastmail.es',
      'fastmail.fr',
      'fastmail.in',
      'fastmail.net',
      'fastmail.nl',
      'fastmail.org',
      'fastmail.se',
      'fastmail.to',
      'fastmail.uk',
      'fastmail.us',
      'fastmail.cn',
      'fastmail.tw',
      'fastmail.mx',
      'fastmail.im',
      'messagingengine.com',
      'sent.com',
      'sent.as',
      'sent.at',
      'mailbolt.com',
      'myfastmail.com',
      'fmail.co.uk',
      'f-m.fm',
      'ftml.net',
      'fastem.com',
      'fastmailbox.net',
      '123mail.org',
      'airpost.net',
      'eml.cc',
      'imap.cc',
      'mm.st',
      'xsmail.com',
      'warpmail.net',
      'ml1.net',
    ],
    rules: {
      // F1 fastmail.help 360060591053 "Plus addressing and subdomain addressing".
      subaddress: '+',
      // F1: `whateveryoulike@username.domain.tld` = `username+whateveryoulike@domain.tld`.
      subdomainAddressing: true,
    },
  },
  {
    id: 'yandex',
    name: 'Yandex Mail',
    // YA1 Yandex 360 "Mailbox aliases", YA2 Yandex ID "Alternate email addresses"; the extra
    // country domains from Yandex's own normalizer (YA3).
    domains: [
      'yandex.ru',
      'yandex.com',
      'ya.ru',
      'yandex.by',
      'yandex.kz',
      'yandex.ua',
      'yandex.com.tr',
      'yandex.az',
      'yandex.co.il',
      'yandex.ee',
      'yandex.fr',
      'yandex.kg',
      'yandex.lt',
      'yandex.lv',
      'yandex.md',
      'yandex.tj',
      'yandex.tm',
      'yandex.uz',
      'yandex.com.am',
      'yandex.com.ge',
    ],
    rules: {
      // YA3 Yandex Webmaster EuEmailService: `.` and `-` are one character; key uses `-`.
      dots: 'hyphen',
      // YA4 soundcloud/normailize, validator.js PR #807 (M): `+tag`; logins cannot hold `+`.
      subaddress: '+',
      // YA1/YA2/YA3: every Yandex domain is an alias of the same login → yandex.ru.
      aliasOf: 'yandex.ru',
    },
  },
  {
    id: 'mailru',
    name: 'Mail.ru',
    // gmr/email-normalize#2: no sub-address documented; dots significant.
    domains: ['mail.ru', 'inbox.ru', 'list.ru', 'bk.ru', 'internet.ru'],
    rules: {},
  },
  {
    id: 'gmx',
    name: 'GMX',
    // No sub-address verified (canonical-email's `-` rule is unverified: not applied).
    domains: ['gmx.de', 'gmx.net', 'gmx.at', 'gmx.ch', 'gmx.com', 'gmx.co.uk', 'gmx.fr', 'gmx.es', 'gmx.us'],
    rules: {},
  },
  {
    id: 'zoho',
    name: 'Zoho Mail',
    // `+` is reported by anchors only (unverified): not applied; add it with a custom row.
    domains: ['zohomail.com', 'zoho.com', 'zohomail.eu', 'zohomail.in', 'zoho.eu', 'zoho.in'],
    rules: {},
  },
  {
    id: 'qq',
    name: 'QQ Mail',
    // No sub-address known.
    domains: ['qq.com', 'foxmail.com', 'vip.qq.com'],
    rules: {},
  },
  {
    id: 'netease',
    name: 'NetEase Mail',
    // No sub-address known; 163/126/yeah are separate namespaces.
    domains: ['163.com', '126.com', 'yeah.net', '188.com', 'vip.163.com'],
    rules: {},
  },
  {
    id: 'naver',
    name: 'Naver Mail',
    // No sub-address known.
    domains: ['naver.com'],
    rules: {},
  },
  {
    id: 'docomo',
    name: 'NTT docomo',
    domains: ['docomo.ne.jp'],
    rules: {
      // D1 docomo.ne.jp/service/docomo_mail/rfc_add/: `..` and `.@` addresses issued before
      // 2009-04 are real mailboxes; D2 ITmedia 2003: names use a–z 0–9 `.` `_` `-`, no tag.
      rfcViolatingLocal: true,
    },
  },
  {
    id: 'au',
    name: 'au (KDDI)',
    domains: ['ezweb.ne.jp', 'au.com', 'biz.ezweb.ne.jp'],
    rules: {
      // D3 hayatomo.com/68: RFC-violating names issued on ezweb.ne.jp until 2009-04; AU1
      // gapsis.jp 2018: a user moving to au.com may keep the local part.
      rfcViolatingLocal: true,
      // HEURISTIC AU1: ezweb.ne.jp ↔ au.com is the same name only when the user kept it.
      heuristicAlias: { 'ezweb.ne.jp': 'au.com' },
    },
  },
  {
    id: 'softbank',
    name: 'SoftBank',
    // SB1 ITmedia 2006: vodafone.ne.jp regional subdomains were separate namespaces.
    domains: [
      'softbank.ne.jp',
      'i.softbank.jp',
      'd.vodafone.ne.jp',
      'h.vodafone.ne.jp',
      't.vodafone.ne.jp',
      'c.vodafone.ne.jp',
      'k.vodafone.ne.jp',
      'r.vodafone.ne.jp',
      'n.vodafone.ne.jp',
      's.vodafone.ne.jp',
      'q.vodafone.ne.jp',
      'disney.ne.jp',
    ],
    rules: {
      // D5 comipo.zendesk.com: RFC-violating addresses at i.softbank.jp; no tag (D2).
      rfcViolatingLocal: true,
    },
  },
];
