/**
 * Domains that are never disposable, whatever an upstream list says, on top of every known
 * provider, carrier and relay domain of the main entry (`../data/*.ts`): mail services that
 * disposable lists have carried by mistake. Taken from the allowlist that
 * disposable-email-domains/disposable-email-domains kept until 2026-04-12 (commit 0bccfe34
 * removed it), keeping the real providers, plus the relays of FGRibreau/mailchecker PR #337 and
 * Fastmail's domains (FGRibreau/mailchecker #610).
 *
 * @example
 * NEVER_DISPOSABLE.includes('fastmail.fm') //=> true
 */
export const NEVER_DISPOSABLE: readonly string[] = [
  '126.com',
  '139.com',
  '163.com',
  'yeah.net',
  'qq.com',
  'naver.com',
  'kakao.com',
  'gmx.com',
  'gmx.us',
  'bluewin.ch',
  'freemail.hu',
  'onet.pl',
  'nus.edu.sg',
  'hushmail.com',
  'hushmail.me',
  'hush.com',
  'hush.ai',
  'vfemail.net',
  'safe-mail.net',
  'sneakemail.com',
  'spamgourmet.com',
  'spamgourmet.net',
  'spamgourmet.org',
  'fastmail.com',
  'fastmail.fm',
  'fastmail.cn',
  'fastmail.co.uk',
  'fastmail.com.au',
  'fastmail.es',
  'fastmail.im',
  'fastmail.in',
  'fastmail.jp',
  'fastmail.mx',
  'fastmail.net',
  'fastmail.nl',
  'fastmail.se',
  'fastmail.to',
  'fastmail.tw',
  'fastmail.uk',
  'fastmail.us',
  'messagingengine.com',
  'sent.com',
  'mozmail.com',
  'duck.com',
  'simplelogin.com',
  'simplelogin.co',
  'slmail.me',
  'aleeas.com',
  'addy.io',
  'anonaddy.com',
  'anonaddy.me',
  '33mail.com',
  'passmail.net',
  'privaterelay.appleid.com',
];
