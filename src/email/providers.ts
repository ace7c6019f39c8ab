import { deepFreeze } from '../internal/deepFreeze.ts';
import type { EmailProvider } from './types.ts';

let expanded: WeakMap<EmailProvider, readonly string[]> | undefined;

/**
 * The domains of a row, written as one space-separated string in which `name.{a b}` stands for
 * `name.a name.b`: expanded on first read, then kept.
 *
 * @example
 * domainList(row, 'aol.{com de} aim.com') //=> ['aol.com', 'aol.de', 'aim.com']
 */
function domainList(row: EmailProvider, text: string): readonly string[] {
  expanded ??= new WeakMap();
  let list = expanded.get(row);
  if (list === undefined) {
    // Only the braces are matched (`/(\S+)\{(.*?)\}/` would backtrack polynomially); the name is
    // the word before them, left in place: `aol.` + `com aol.de`.
    const flat = text.replace(/\{([^{}]*)\}/g, (_, ends: string, at: number) => {
      const name = text.slice(text.lastIndexOf(' ', at) + 1, at);
      return ends.replaceAll(' ', ` ${name}`);
    });
    list = Object.freeze(flat.split(' '));
    expanded.set(row, list);
  }
  return list;
}

/**
 * The built-in provider table: one row per provider, every domain exact-matched on its
 * lower-case ASCII form. Every provider is case-insensitive (their namespaces hold only
 * lower-case names), so the local part is lower-cased for all of them. Each rule cites its
 * source; the source keys are those of docs/email.md (§ Sources) and
 * shared/research/email-canonicalization.md §6. Heuristic rules are marked HEURISTIC and run
 * only when the caller switches them on. Frozen: rows, rules and domain lists cannot be changed.
 *
 * @example
 * EMAIL_PROVIDERS.find((p) => p.id === 'gmail')?.rules.dots //=> 'ignored'
 */
export const EMAIL_PROVIDERS: readonly EmailProvider[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'gmail',
    name: 'Gmail',
    get domains() {
      return domainList(this, 'gmail.com googlemail.com');
    },
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
    get domains() {
      return domainList(
        this,
        'outlook.{com jp at be cl co.il co.nz co.th com.ar com.au com.br com.gr com.pe com.tr com.vn cz de dk es fr hu id ie in it kr lv my ph pt sa sg sk} hotmail.{com co.jp at be ca cl co.il co.nz co.th co.uk com.ar com.au com.br com.gr com.mx com.pe com.tr com.vn cz de dk es fr hu id ie in it jp kr lv my ph pt sa sg sk} live.{com jp be ca co.uk com.ar com.au com.mx de dk es eu fr it nl se} msn.com passport.com windowslive.com',
      );
    },
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
    get domains() {
      return domainList(
        this,
        'yahoo.{com at be bg ca cl co.id co.il co.in co.kr co.nz co.th co.uk co.za com.ar com.au com.br com.co com.hk com.hr com.mx com.my com.pe com.ph com.sg com.tr com.tw com.ua com.ve com.vn cz de dk ee es fi fr gr hu ie in it lt lv nl no pl pt ro se sk} ymail.com rocketmail.com myyahoo.com y7mail.com',
      );
    },
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
    get domains() {
      return domainList(this, 'aol.{com co.uk de fr} aim.com');
    },
    rules: {},
  },
  {
    id: 'yahoo-japan',
    name: 'Yahoo! JAPAN',
    // YJ1; ymail.ne.jp is listed in the brief but not verified (M).
    get domains() {
      return domainList(this, 'yahoo.co.jp ymail.ne.jp');
    },
    rules: {
      // YJ1 mamakasegu.com 2021, YJ2 anachro1.blogspot.com 2017: no `+` tag; HEURISTIC
      // セーフティーアドレス `ベースネーム-キーワード`, base name unrelated to the main address.
      disposableKeyword: true,
    },
  },
  {
    id: 'icloud',
    name: 'iCloud Mail',
    get domains() {
      return domainList(this, 'icloud.com me.com mac.com');
    },
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
    get domains() {
      return domainList(this, 'proton.me protonmail.com protonmail.ch pm.me');
    },
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
    // F1; every Fastmail-owned domain MaxMind minfraud lists (src/request/email.ts, 117) plus
    // messagingengine.com (research §1). fastmail.fm is not an alias of fastmail.com.
    get domains() {
      return domainList(
        this,
        'fastmail.{com fm cn co.uk com.au de es fr im in jp mx net nl org se to tw uk us} messagingengine.com 123mail.org 150mail.com 150ml.com 16mail.com 2-mail.com 4email.net 50mail.com airpost.net allmail.net bestmail.us cluemail.com elitemail.org emailcorner.net emailengine.net emailengine.org emailgroups.net emailplus.org emailuser.net eml.cc f-m.fm fast-email.com fast-mail.org fastem.com fastemail.us fastemailer.com fastest.cc fastimap.com fastmailbox.net fastmessaging.com fea.st fmail.co.uk fmailbox.com fmgirl.com fmguy.com ftml.net h-mail.us hailmail.net imap-mail.com imap.cc imapmail.org inoutbox.com internet-e-mail.com internet-mail.org internetemails.net internetmailing.net jetemail.net justemail.net letterboxes.org mail-central.com mail-page.com mailandftp.com mailas.com mailbolt.com mailc.net mailcan.com mailforce.net mailftp.com mailhaven.com mailingaddress.org mailite.com mailmight.com mailnew.com mailsent.net mailservice.ms mailup.net mailworks.org ml1.net mm.st myfastmail.com mymacmail.com nospammail.net ownmail.net petml.com postinbox.com postpro.net proinbox.com promessage.com realemail.net reallyfast.biz reallyfast.info rushpost.com sent.{as at com} speedpost.net speedymail.org ssl-mail.com swift-mail.com the-fastest.net the-quickest.com theinternetemail.com veryfast.biz veryspeedy.net warpmail.net xsmail.com yepmail.net your-mail.com',
      );
    },
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
    get domains() {
      return domainList(
        this,
        'yandex.{ru com by kz ua com.tr az co.il ee fr kg lt lv md tj tm uz com.am com.ge} ya.ru',
      );
    },
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
    get domains() {
      return domainList(this, 'mail.ru inbox.ru list.ru bk.ru internet.ru');
    },
    rules: {},
  },
  {
    id: 'gmx',
    name: 'GMX',
    // No sub-address verified (canonical-email's `-` rule is unverified: not applied).
    get domains() {
      return domainList(this, 'gmx.{de net at ch com co.uk fr es us}');
    },
    rules: {},
  },
  {
    id: 'zoho',
    name: 'Zoho Mail',
    // `+` is reported by anchors only (unverified): not applied; add it with a custom row.
    get domains() {
      return domainList(this, 'zohomail.{com eu in} zoho.{com eu in}');
    },
    rules: {},
  },
  {
    id: 'qq',
    name: 'QQ Mail',
    // No sub-address known.
    get domains() {
      return domainList(this, 'qq.com foxmail.com vip.qq.com');
    },
    rules: {},
  },
  {
    id: 'netease',
    name: 'NetEase Mail',
    // No sub-address known; 163/126/yeah are separate namespaces.
    get domains() {
      return domainList(this, '163.com 126.com yeah.net 188.com vip.163.com');
    },
    rules: {},
  },
  {
    id: 'naver',
    name: 'Naver Mail',
    // No sub-address known.
    get domains() {
      return domainList(this, 'naver.com');
    },
    rules: {},
  },
  {
    id: 'docomo',
    name: 'NTT docomo',
    get domains() {
      return domainList(this, 'docomo.ne.jp');
    },
    rules: {
      // D1 docomo.ne.jp/service/docomo_mail/rfc_add/: `..` and `.@` addresses issued before
      // 2009-04 are real mailboxes; D2 ITmedia 2003: names use a–z 0–9 `.` `_` `-`, no tag.
      rfcViolatingLocal: true,
    },
  },
  {
    id: 'au',
    name: 'au (KDDI)',
    get domains() {
      return domainList(this, 'ezweb.ne.jp au.com biz.ezweb.ne.jp');
    },
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
    get domains() {
      return domainList(
        this,
        'softbank.ne.jp i.softbank.jp d.vodafone.ne.jp h.vodafone.ne.jp t.vodafone.ne.jp c.vodafone.ne.jp k.vodafone.ne.jp r.vodafone.ne.jp n.vodafone.ne.jp s.vodafone.ne.jp q.vodafone.ne.jp disney.ne.jp',
      );
    },
    rules: {
      // D5 comipo.zendesk.com: RFC-violating addresses at i.softbank.jp; no tag (D2).
      rfcViolatingLocal: true,
    },
  },
]);
