/**
 * One row of {@link KNOWN_DOMAINS}: `[domain, weight, flags?]`.
 *
 * - `weight` is a rough popularity used only to break near-ties between two candidate
 *   corrections (gmail.com ≫ yahoo.co.jp ≈ docomo.ne.jp ≫ hotmail.co.jp …). `0` marks a real
 *   domain that is close to a popular one: it is never "corrected", and only its ending is
 *   ever corrected to it (as with `'x'`).
 * - `flags`: `'b'` a brand name: with this exact name, any other ending is a slip
 *   (`gmail.co` → `gmail.com`, `docomo.ne` → `docomo.ne.jp`); `'x'` a short or everyday-word
 *   name (`live`, `mail`, `me`, `au`): only its ending is corrected, never its name
 *   (`life.com` must not become `live.com`).
 *
 * @example
 * const row: KnownDomain = ['gmail.com', 1000, 'b'];
 */
export type KnownDomain = readonly [domain: string, weight: number, flags?: 'b' | 'x'];

/**
 * Real mail domains that typos are corrected to, and real domains close to them that must
 * never be corrected.
 *
 * Sources: provider lists of mailcheck 1.1.1, email-misspelled 4.4.0 (`all`) and validator.js
 * 13.15.35 (Outlook.com family); Yahoo's and Microsoft's regional consumer domains; the Japanese
 * carrier domains of shared/research/deliverability.md §2.1 (docomo, au, SoftBank, Y!mobile,
 * UQ mobile sites) and the JP ISP mail domains of §4 step 1. Weights are orders of magnitude from
 * public market-share surveys (Litmus email client share; MMD研究所 surveys of the main address
 * used by Japanese smartphone users, 2023–2024; carrier subscriber shares of the TCA): they only
 * order candidates, they are not measurements.
 *
 * @example
 * KNOWN_DOMAINS[0] //=> ['gmail.com', 1000, 'b']
 */
export const KNOWN_DOMAINS: readonly KnownDomain[] = [
  // Google
  ['gmail.com', 1000, 'b'],
  ['googlemail.com', 30, 'b'],
  // Yahoo! JAPAN, Yahoo Inc. (regional consumer domains)
  ['yahoo.co.jp', 500, 'b'],
  ['yahoo.com', 400, 'b'],
  ['yahoo.ne.jp', 40],
  ['yahoo.co.uk', 40],
  ['yahoo.fr', 25],
  ['yahoo.de', 20],
  ['yahoo.ca', 20],
  ['yahoo.com.br', 20],
  ['yahoo.co.in', 20],
  ['yahoo.es', 15],
  ['yahoo.it', 15],
  ['yahoo.com.au', 15],
  ['yahoo.com.tw', 15],
  ['yahoo.com.mx', 10],
  ['yahoo.in', 10],
  ['yahoo.com.hk', 10],
  ['yahoo.com.sg', 8],
  ['yahoo.com.ar', 8],
  ['yahoo.co.id', 8],
  ['yahoo.com.ph', 8],
  ['yahoo.com.vn', 8],
  ['yahoo.com.my', 5],
  ['yahoo.co.nz', 5],
  ['yahoo.co.th', 5],
  ['yahoo.ie', 5],
  ['yahoo.gr', 3],
  ['yahoo.se', 3],
  ['yahoo.dk', 3],
  ['yahoo.no', 3],
  ['yahoo.pl', 3],
  ['yahoo.ro', 3],
  ['yahoo.at', 3],
  ['yahoo.be', 3],
  ['ymail.com', 30, 'b'],
  ['rocketmail.com', 10, 'b'],
  // Microsoft (Outlook.com consumer family)
  ['hotmail.com', 300, 'b'],
  ['outlook.com', 250, 'b'],
  ['outlook.jp', 80],
  ['hotmail.co.jp', 60],
  ['live.com', 60, 'x'],
  ['live.jp', 30, 'x'],
  ['msn.com', 20, 'x'],
  ['hotmail.co.uk', 30],
  ['hotmail.fr', 20],
  ['hotmail.de', 10],
  ['hotmail.it', 10],
  ['hotmail.es', 10],
  ['hotmail.com.br', 10],
  ['hotmail.nl', 5],
  ['hotmail.ca', 5],
  ['hotmail.com.au', 5],
  ['hotmail.jp', 5],
  ['hotmail.be', 3],
  ['live.co.uk', 10, 'x'],
  ['live.fr', 10, 'x'],
  ['live.de', 5, 'x'],
  ['live.it', 5, 'x'],
  ['live.nl', 5, 'x'],
  ['live.ca', 3, 'x'],
  ['live.com.au', 3, 'x'],
  ['outlook.fr', 5],
  ['outlook.de', 5],
  ['outlook.es', 3],
  ['outlook.it', 3],
  ['windowslive.com', 3],
  ['passport.com', 2],
  // Apple
  ['icloud.com', 400, 'b'],
  ['me.com', 40, 'x'],
  ['mac.com', 15, 'x'],
  ['privaterelay.appleid.com', 10],
  // AOL (Yahoo Inc.)
  ['aol.com', 40, 'x'],
  ['aol.jp', 5, 'x'],
  ['aim.com', 3, 'x'],
  ['aol.co.uk', 3, 'x'],
  // Proton, Tuta, Fastmail, HEY, Zoho
  ['protonmail.com', 20, 'b'],
  ['proton.me', 20],
  ['pm.me', 5, 'x'],
  ['protonmail.ch', 3],
  ['tutanota.com', 3],
  ['tuta.io', 3, 'x'],
  ['fastmail.com', 5],
  ['hey.com', 3, 'x'],
  ['zoho.com', 5, 'x'],
  // GMX / 1&1 (mail.com family), Germany
  ['gmx.com', 10, 'x'],
  ['gmx.net', 10, 'x'],
  ['gmx.de', 10, 'x'],
  ['gmx.at', 3, 'x'],
  ['gmx.ch', 3, 'x'],
  ['web.de', 15, 'x'],
  ['mail.com', 10, 'x'],
  ['email.com', 2, 'x'],
  // Russia, China, Korea
  ['yandex.ru', 15],
  ['yandex.com', 10],
  ['ya.ru', 5, 'x'],
  ['mail.ru', 15, 'x'],
  ['inbox.ru', 3, 'x'],
  ['list.ru', 3, 'x'],
  ['bk.ru', 3, 'x'],
  ['qq.com', 30, 'x'],
  ['163.com', 20, 'x'],
  ['126.com', 10, 'x'],
  ['foxmail.com', 5],
  ['sina.com', 5, 'x'],
  ['naver.com', 20],
  ['hanmail.net', 10],
  ['daum.net', 5, 'x'],
  ['nate.com', 5, 'x'],
  // Japanese mobile carriers (§2.1)
  ['docomo.ne.jp', 400, 'b'],
  ['ezweb.ne.jp', 200, 'b'],
  ['i.softbank.jp', 200, 'b'],
  ['au.com', 150, 'x'],
  ['softbank.ne.jp', 120, 'b'],
  ['ymobile.ne.jp', 20],
  ['uqmobile.jp', 10],
  ['biz.ezweb.ne.jp', 5],
  ['disney.ne.jp', 5],
  ['willcom.com', 0],
  ['pdx.ne.jp', 0],
  ['emnet.ne.jp', 0],
  ['rakumail.jp', 0],
  ['softbank.jp', 0],
  ['softbank.com', 0],
  ['docomo.com', 0],
  // Japanese ISPs and webmail
  ['nifty.com', 30],
  ['biglobe.ne.jp', 30],
  ['ocn.ne.jp', 20, 'x'],
  ['so-net.ne.jp', 15],
  ['plala.or.jp', 15],
  ['dion.ne.jp', 10, 'x'],
  ['ybb.ne.jp', 10, 'x'],
  ['excite.co.jp', 5],
  ['zaq.ne.jp', 5, 'x'],
  ['infoseek.jp', 3],
  ['livedoor.com', 3],
  ['hi-ho.ne.jp', 3],
  ['odn.ne.jp', 3, 'x'],
  ['mineo.jp', 0],
  ['auone.jp', 0],
  ['goo.jp', 0],
  // Real domains a naive corrector rewrites (mailcheck, email-misspelled, zootools reports)
  ['mailo.com', 0],
  ['mailw.com', 0],
  ['cloud.com', 0],
  ['sky.com', 0],
  ['never.com', 0],
  ['mail.fr', 0],
];
