/**
 * Privacy relays: forwarding addresses that lead to a real, long-lived inbox. They are never
 * disposable (FGRibreau/mailchecker PR #337). Apple's relay only forwards mail from sender domains
 * registered for Sign in with Apple (developer.apple.com, "Configuring your environment for Sign
 * in with Apple"), so it gets a `private-relay` hint; the others only need the never-disposable
 * override. `[domain, notifies]`: whether `private-relay` is shown for it.
 *
 * @example
 * PRIVATE_RELAYS[0] //=> ['privaterelay.appleid.com', true]
 */
export const PRIVATE_RELAYS: readonly (readonly [domain: string, notifies: boolean])[] = [
  ['privaterelay.appleid.com', true],
  ['duck.com', false],
  ['mozmail.com', false],
  ['simplelogin.com', false],
  ['simplelogin.co', false],
  ['slmail.me', false],
  ['aleeas.com', false],
  ['addy.io', false],
  ['anonaddy.com', false],
  ['anonaddy.me', false],
  ['33mail.com', false],
  ['passmail.net', false],
  ['passinbox.com', false],
];
