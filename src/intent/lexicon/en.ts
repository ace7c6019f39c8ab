import type { LexiconGroup } from './schema.ts';

/**
 * English lexicon. Latin patterns match on word boundaries after lower-casing; a trailing `*`
 * lets the word go on (`refund*` → refunded). Frequent typos are listed as data (cancle, oder),
 * not computed per call (intent.md §5.4). Sources: intent.md §2–§3, §5.5; Bitext and Gorgias
 * intent lists for topic phrases; BANKING77 for money and access wording.
 */
export const LEXICON_EN: readonly LexiconGroup[] = [
  // order.place — take my order now; quotes for a purchase; repeat orders (§2; seed 003).
  {
    k: 'order.place',
    p: "place an order|place my order|place a order|take my order|take an order|take the order|put in an order|like to order|want to order|wish to order|like to place|like to reorder|want to reorder|reorder|re-order|quote for|a quote|quotation for|like to buy|want to buy|i'll take|bulk order|order more of",
  },
  // order.change — change an existing order before it ships (§2 order.change).
  {
    k: 'order.change',
    p: "change my order|change the order|change the delivery|change the shipping|change the address|change my address|update the address|update my address|update the delivery|update the shipping|add to my order|add it to my order|add an item|remove an item|remove one|gift note|gift message|add a note|skip|pause my subscription|pause the subscription|pause my plan|on hold|pause|pausing|put it on hold|hold the order|hold my order|hold the delivery|hold my delivery|hold the package|hold the shipment|hold off|gift-wrap|gift wrap|giftwrap|reschedule|take back my cancel*|undo my cancel*|don't cancel|do not cancel|switch to the|upgrade my order|apartment number|wrong address|old address|combine my orders|ship them together|ship together",
  },
  // order.cancel — stop an order or a subscription; typo variants as data (§2, §5.4).
  {
    k: 'order.cancel',
    p: "cancel*|cancle*|cancell*|cacnel*|cansel*|stop my subscription|stop the subscription|end my subscription|stop my plan|turn off auto-renew*|turn off the auto-renew*|stop auto-renew*|don't send it|do not send it|don't ship it|do not ship it|no longer need|no longer want|don't need it anymore|call off",
  },
  {
    k: 'cancelPast',
    p: 'cancelled|canceled|cancelled order|canceled order|i cancelled|i canceled|was cancelled|was canceled|already cancelled|already canceled|have cancelled|have canceled|cancellation was|after cancelling|after canceling|since cancelling|cancelled it|canceled it',
  },
  // order.status — where is it, tracking, not arrived, delivered-but-missing (§2; Bitext track_order).
  {
    k: 'order.status',
    p: "why was my order|why is my order|why has my order|where is my order|where's my order|where is my package|where's my package|where is my parcel|where is it|status of my order|order status|tracking|track my|shipped yet|has it shipped|has my order shipped|order shipped|my order shipped|confirm my order|nothing came|says delivered|marked as delivered|shows delivered|shows as delivered|when will it arrive|when will my order|when will it ship|when will they ship|when will it be delivered|not shipped|hasn't shipped|has not shipped|not been shipped|still waiting for my order|delayed|estimated delivery|lost in transit|lost package|was supposed to arrive|was told it would ship",
  },
  { k: 'order.status', f: 's', p: 'nothing yet|any news' },
  { k: 'order.status', f: 's', a: 1, p: 'still nothing|still waiting' },
  {
    k: 'notArrived',
    p: "never arrives|doesn't arrive|does not arrive|isn't arriving|not arriving|haven't received|have not received|hasn't arrived|has not arrived|never received|never got|didn't receive|did not receive|didn't get|did not get|isn't showing up|is not showing up|not showing up|hasn't come|has not come|never arrived|never came|not received|no sign of|still no|still not received|not arrived|hasn't turned up|can't find|cannot find",
  },
  {
    k: 'mailNoun',
    p: 'email|e-mail|emails|mail|verification email|confirmation email|reset email|password reset email|reply|replies|response|answer|message|sms|text message|confirmation|verification|callback|call back|code|reset link|newsletter',
  },
  {
    k: 'carrier',
    p: 'spam folder|junk folder|junk mail|spam filter|outlook|hotmail|yahoo|icloud|gmail|inbox',
  },
  // delivery.deadline — needs it by a time, or names a delivery date/time (§2).
  {
    k: 'delivery.deadline',
    p: 'in time for|need it by|need them by|need this by|needed by|need it before|need them before|deliver on|delivered on|delivery date|arrive in time|by christmas|before christmas|time slot|delivery window|delivery slot|express shipping|next-day delivery|overnight shipping',
  },
  {
    k: 'goods',
    p: 'ship|ships|shipped|shipping|deliver*|arrive*|get this to|get it to|get them to|get these to|need it|need them|need these|back in stock|in stock|restock*|by then|in time|for a trip|for the party|for a wedding|for the wedding|for the event|market',
  },
  // product.defect — broken, wrong item, missing parts, not working; repair (§2).
  {
    k: 'product.defect',
    p: "crushed|chipped|smashed|bent|scratch*|flicker*|came apart|come apart|fell apart|falling apart|coming apart|unravel*|fraying|frayed|faded|shrank|shrunk|pilling|soaked|water damage*|not what i ordered|isn't what i ordered|got the wrong|received a different|came off|come off|fell off|falls off|broken off|snapped|broken|broke|cracked|crack|defective|faulty|damaged|stopped working|won't turn on|will not turn on|won't start|doesn't turn on|does not turn on|won't charge|doesn't charge|not charging|wrong item|wrong product|wrong size was|sent me the wrong|sent the wrong|received the wrong|repaired|missing parts|missing part|missing piece|missing item|is missing|were missing|arrived damaged|arrived broken|leaking|leaks|torn|ripped|scratched|dented|shattered|malfunction*|stopped charging|dead on arrival|doesn't work properly|falls apart|fell apart|peeling|repair|faulty unit|not as described",
  },
  { k: 'product.defect', w: 1, p: "doesn't work|does not work|not working|isn't working|stopped" },
  // Safety: critical, mild anger at least (§3.2, §3.3).
  {
    k: 'product.defect',
    u: 'c',
    a: 1,
    f: 'x',
    p: 'caused a fire|started a fire|fire hazard|burn*|caught fire|on fire|smoke|smoking|sparks|sparked|electric shock|shocked me|choking|choke hazard|injur*|hurt my|hurt me|cut my|overheat*|melted|exploded|allergic reaction|hospital|so hot',
  },
  // return.exchange — send back or swap (§2).
  {
    k: 'return.exchange',
    p: 'my return|the return|received my return|return status|replace*|return it|return this|return the|return my|return an item|return them|return these|return a|send it back|send back|send them back|sending it back|exchange|swap|replacement|replace it|replace the|replace my|send a new one|send another|send me a new|new one sent|different size|return label',
  },
  // refund.request — money back (§2).
  {
    k: 'refund.request',
    p: "never received my refund|haven't received my refund|didn't receive my refund|not received my refund|haven't got my refund|never got my refund|refund*|refnd|refud|refound|reimbursment|money back|reimburse*|my money|pay me back|credit my card|reverse the charge|refunding",
  },
  // billing.payment — charges, invoices, receipts, failed payments (§2; BANKING77).
  {
    k: 'billing.payment',
    p: 'charged for|still being charged|still charged|paid twice|charged twice|double charged|double charge|double-charged|charged me twice|two charges|pending charge*|charged me|was charged|been charged|charges|invoice*|receipt*|payment failed|payment declined|card declined|card was declined|declined|bank transfer|wire transfer|billing|billed|overcharged|payment method|pay by invoice|vat|tax invoice|credit note|store credit|gift card balance|loyalty points|points balance|purchase order',
  },
  { k: 'billing.payment', w: 1, p: 'balance|charge|payment|paid|price' },
  // stock.request — availability and restocks (§2).
  {
    k: 'stock.request',
    p: 'comes back|come back in stock|be restocked|do you have this in|do you have it in|do you have these in|do you have them in|in stock|back in stock|restock*|re-stock*|sold out|out of stock|discontinued|still available|available again|be available|one more copy|make another|make one more|print one more|print another|pre-order|preorder|waitlist|wait list',
  },
  // Asking whether it comes in a size or colour (availability), completed by a question.
  {
    k: 'stock.request',
    w: 1,
    f: 'q',
    p: 'available in|in size|in a size|in another colour|in another color|in a different colour|in a different color|in a larger size|in a smaller size',
  },
  // product.question — properties, compatibility, sizing of one product (§2).
  {
    k: 'product.question',
    p: 'compatible|compatibility|dishwasher safe|dishwasher-safe|microwave safe|microwave-safe|oven safe|machine washable|waterproof|water resistant|water-resistant|does it come with|will it fit|would it fit|does it fit',
  },
  {
    k: 'product.question',
    w: 1,
    p: 'battery life|dimensions|material|made of|made from|maximum weight|max weight|how much weight|hold up to|weight limit|recommend|which size|which of the|ingredients|allergen*|gluten|vegan|voltage|thread count|size chart|fit a|how big|how heavy|how long is|how wide|how tall',
  },
  // faq.answerable — how-to and policy questions with the same answer for everyone (§2).
  {
    k: 'faq.answerable',
    p: 'phone number i can call|your phone number|contact number|how do i|how can i|how to|how long does shipping|how long does delivery|do you deliver|do you deliver on|do you ship|do you ship on|do you accept|do you offer|do you have a store|do you take|what are your|can i return|can items be returned|order by phone|by phone instead|instead of online|is there a fee|cover accidental|does the warranty|is there a warranty|how much is shipping|how much does shipping|on sundays|on saturdays|on weekends|on holidays',
  },
  // Policy nouns: an FAQ only with a question marker (f: q), not in "refund the shipping fee".
  {
    k: 'faq.answerable',
    w: 1,
    f: 'q',
    p: 'opening hours|business hours|store hours|shipping cost|shipping costs|shipping fee|delivery fee|return policy|returns policy|refund policy|return window|payment methods|international shipping|warranty|gift wrapping|discount|student discount|loyalty program|cancellation policy',
  },
  // account.login — cannot get in: login, password, 2FA, registration, takeover (§2).
  {
    k: 'account.login',
    p: "can't get back in|can't get in|cannot get in|keeps logging me out|forgot which email|find my account|forgot my username|forgot my login|can't log in|cannot log in|can't login|cannot login|unable to log in|unable to login|can't sign in|cannot sign in|unable to sign in|can't log into|cannot log into|locked out|locked my account|account is locked|password|2fa|two-factor|two factor|verification email|account verification|verify my account|verification code|can't register|cannot register|can't sign up|cannot sign up|sign-up|reset link|login link|magic link",
  },
  {
    k: 'account.login',
    u: 'c',
    f: 'x',
    p: "hacked|compromised|someone logged|unknown login|didn't request|did not request|didn't place|did not place|didn't make|did not make|wasn't me|not me|suspicious|unauthori*ed|fraudulent|someone else used|identity theft|stolen card",
  },
  // account.manage — profile changes, closing the account, marketing opt-out (§2).
  {
    k: 'account.manage',
    p: 'close my account|delete my account|deactivate|remove my account|cancel my account|unsubscribe|opt out|opt-out|update my email|change my email|change my e-mail|update my profile|update my details|change my name|change my username|merge my accounts|delete my data|my personal data',
  },
  // "Stop texting me": an unsubscribe said with mild annoyance (§3.3 level 1).
  {
    k: 'account.manage',
    a: 1,
    p: 'stop texting me|stop emailing me|stop sending me|stop calling me|stop spamming me',
  },
  {
    k: 'marketing',
    p: 'newsletter|newsletters|promotions|promotional|promo emails|marketing|mailing list|catalogue|catalog|flyers|texts',
  },
  {
    k: 'stopVerb',
    p: "not send|anymore|any more|stop|stop sending|no more|don't send|do not send|remove me|take me off",
  },
  { k: 'chg', p: 'remove|delete|add|change|update|modify|correct|amend|edit|switch' },
  {
    k: 'orderObj',
    p: 'order|ordr|oder|delivery|shipping|address|quantity|size|colour|color|item|box|subscription|shipment|package',
  },
  {
    k: 'acctObj',
    p: 'account|profile|email address|e-mail address|phone number|username|user name|login id|date of birth|my name',
  },
  {
    k: 'billObj',
    p: 'receipt|invoice|billing address|payment method|card details|credit card|charge|billing',
  },
  // code.invalid — a code, voucher, key or link we gave is rejected (§2).
  {
    k: 'codeNoun',
    p: 'code|codes|coupon|voucher|promo|discount code|gift card|referral|serial|license key|licence key|product key|activation|qr|ticket|link|pin|password reset link',
  },
  {
    k: 'codeFail',
    p: "invalid|doesn't work|does not work|didn't work|did not work|not working|isn't working|not valid|isn't valid|not accepted|isn't accepted|wasn't accepted|rejected|isn't being applied|not being applied|won't apply|doesn't apply|not applied|didn't apply|expired|already used|already been used|keeps failing|failing|fails|failed|error|won't scan|doesn't scan|not recognized|not recognised",
  },
  // reply.missing — our reply, callback or mail did not arrive (§2).
  {
    k: 'reply.missing',
    p: "haven't heard back|have not heard back|haven't heard from|have not heard from|no reply|no response|never got an answer|never got a reply|never heard back|still waiting for a reply|still waiting for a response|still waiting to hear|no one got back|nobody got back|no one has replied|nobody has replied|no one replied|third email|second email|third time asking|third time i'm writing|second time i'm writing|writing again about|third time i've written|resend the email|resend the code",
  },
  {
    k: 'reply.missing',
    f: 's',
    p: 'is anyone there|anybody there|following up|follow up on|follow-up on|checking in|any update|an update|update on my|emailed you last|wrote to you last',
  },
  // contact.callback — call me, or your line cannot be reached (§2).
  {
    k: 'contact.callback',
    p: "call me|call me back|ring me|ring me back|phone me|give me a call|phone call|a call|callback|call back|can't get through|cannot get through|couldn't get through|could not get through|no one picks up|nobody picks up|no one answers the phone|phone line|been on hold|kept me on hold|on hold for ages|on hold for an hour|high call volumes|speak to someone on the phone|talk on the phone|by phone today",
  },
  // escalation.manager — a supervisor or someone senior (§2).
  {
    k: 'escalation.manager',
    p: 'manager|supervisor|escalate*|escalation|team lead|team leader|someone senior|senior member|someone in charge|person in charge|your boss|higher up|someone more senior|senior staff|head of customer',
  },
  // escalation.authority — outside bodies or public exposure, with a threat or "already" frame (§2, §5.5).
  {
    k: 'authority',
    p: 'lawyer|attorney|solicitor|legal action|legal|sue|court|small claims|trading standards|consumer protection|consumer agency|ombudsman|regulator|ftc|bbb|better business bureau|police|chargeback|dispute this charge|dispute the payment|with my bank|with my credit card company|dispute the charge|bank dispute|trustpilot|review site|review sites|bad review|a review|social media|twitter|tweet|reddit|yelp|press|journalist',
  },
  {
    k: 'threat',
    p: "if|unless|or i'll|or i will|i will|i'll|going to|gonna|otherwise|report|writing a review|i'm writing|forwarded|will be contacting|no choice but",
  },
  {
    k: 'involved',
    p: "representing|on behalf of|have contacted|already contacted|already reported|have reported|filed a|i've filed|have filed|am in touch with|has been notified|opened a dispute|filed a dispute",
  },
  {
    k: 'escalation.authority',
    a: 2,
    f: 'x',
    p: 'sue you|take legal action|see you in court|report you to|file a chargeback|dispute the charge with',
  },
  // complaint.service — dissatisfaction with how we handled it (§3.3 level 2).
  {
    k: 'complaint.service',
    a: 2,
    p: 'unacceptable|ridiculous|disappointed|very disappointed|fed up|worst|terrible service|awful|appalling|disgrace*|how you treat|again and again|rude|unprofessional|waste of time|absolutely terrible|outrageous|shameful|a joke|poor service|not good enough',
  },
  {
    k: 'complaint.service',
    a: 1,
    p: 'complain*|attitude|contradict*|a bit disappointed|a little disappointed|slightly disappointed|no one has helped|nobody has helped|keep getting different answers|different answers',
  },
  {
    k: 'complaint.service',
    a: 3,
    p: 'useless|scam|scammers|fraud|you people|incompetent|pathetic|bullshit|fuck*|shit|idiots|idiot|crooks|thieves',
  },
  // Anger without a complaint about the service (§3.3).
  { k: 'anger', a: 2, p: 'no excuses|angry|furious|livid|outraged|sick of|sick and tired' },
  {
    k: 'anger',
    a: 1,
    p: 'called three times|called twice|called several times|annoyed|annoying|frustrat*|you promised|promised me|upset|not happy|unhappy|worried',
  },
  // Politeness-masked anger (§3.4).
  {
    k: 'hidden',
    p: 'once more|yet another follow|checking in again|given the number of times|i would kindly request|kindly request|as previously requested|as i mentioned|as mentioned before|per my last email|per my previous email|as per my last|still awaiting|i trust you will|someone senior|senior member|for the third time|for the second time|once again|this is the second time|this is the third time|the third time i|the second time i',
  },
  { k: 'praise', p: 'great,|wow|brilliant|amazing|fantastic|just great|great job|lovely|so helpful' },
  {
    k: 'svcfail',
    p: 'another automated|yet another automated|another canned|another generic|another template|yet another|again no|no one|nobody',
  },
  {
    k: 'sarcasm',
    p: 'feeling the love|thanks for nothing|thanks a lot for nothing|thanks for the help, not|great customer service, really|what a surprise',
  },
  // gratitude.only — thanks, acknowledgement, "never mind" (§2).
  {
    k: 'thanks',
    p: "no worries|thank you|thanks|thx|cheers|much appreciated|appreciate it|that's exactly what i needed|exactly what i needed|got it|understood|all sorted|all good now|no need to reply|no reply needed|never mind|resolved|figured it out|you guys are the best|you're the best|great service|works now|that worked|noted|sounds good|will do",
  },
  {
    k: 'thanks',
    w: 1,
    p: 'just wanted to say|looks great|keep it up|keep up the good work|perfect|great|awesome|fast shipping|love it|happy with',
  },
  // auto.reply — out of office, auto-acknowledgements, bounces (§2).
  {
    k: 'auto.reply',
    p: 'out of office|out of the office|out-of-office|auto-reply|autoreply|automatic reply|auto reply|automated acknowledg*|this is an automated|automated response|automated message|do not reply to this|please do not reply|will not be checking|not be checking email|on parental leave|on annual leave|limited access to email|mail delivery failed|delivery status notification|undeliverable|delivery has failed|failed permanently|mailbox full|returning message to sender|will not be forwarded|unmonitored|no-reply|noreply',
  },
  { k: 'auto.reply', w: 1, p: 'away until|on leave until|back in the office|return on' },
  // Unsolicited mail (spam → [] and no reply).
  {
    k: 'spam',
    p: 'claim your|we are a leading|leading manufacturer|leading supplier|find our catalogue|find our catalog|contact us for a quotation|seo|backlinks|you have won|claim your prize|lottery|crypto|bitcoin|investment opportunity|limited time offer|unsubscribe here|business proposal|guest post',
  },
  {
    k: 'spam',
    w: 1,
    p: 'exclusive offer|limited time|act now|% off|our catalogue|our catalog|quotation|dear sir/madam|dear sir or madam|click here|special offer|our products|our services',
  },
  // Urgency (§3.2); negated urgency shadows it.
  { k: 'urgent', u: 'c', p: 'immediately|right now|emergency|at once|this instant' },
  {
    k: 'urgent',
    u: 'h',
    p: 'urgent|urgently|asap|as soon as possible|as soon as you can|right away|time-sensitive|time sensitive|quickly|hurry|rush order|expedite',
  },
  {
    k: 'none',
    p: "no rush|not urgent|no hurry|whenever is convenient|whenever you can|in no hurry|isn't urgent|is not urgent|not in a hurry|not a rush|if your matter is urgent",
  },
  // Where a date expression may be: the deadline grammar (deadline.ts) only reads around these.
  {
    k: 'date',
    p: 'today|tonight|eod|end of|tomorrow|day after|monday|tuesday|wednesday|thursday|friday|saturday|sunday|within|weekend|christmas|year-end|year end|jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th|11th|12th|13th|14th|15th|16th|17th|18th|19th|20th|21st|22nd|23rd|24th|25th|26th|27th|28th|29th|30th|31st',
  },
  // Request and question markers (§5.4).
  {
    k: 'req',
    p: "please|pls|plz|can you|could you|would you|can i|could i|i'd like|i would like|i want|i need|we need|need to|kindly|would it be possible|is it possible|i'd appreciate|i would appreciate|let me know",
  },
  { k: 'q', p: "?|does|do you|is it|is there|are these|are they|will the|what's" },
  { k: 'wh', p: "what|how|when|where|which|why|what's" },
  { k: 'cond', p: 'if|unless|in case|provided that|as long as' },
  // Negators that precede what they negate (§5.5).
  {
    k: 'neg.en',
    p: "no need to|no need for|don't want|do not want|don't need|do not need|not a|not the|not an|instead of|rather than|without|don't|do not|dont|please don't|no longer need a",
  },
  // Shadows (a longer phrase hides a cue or a negator inside it).
  // A condition on the shipping state: the negator inside is hidden, the `if` still makes the
  // request conditional (`r`), as the Japanese 発送されていなければ does.
  {
    k: 'none',
    f: 'r',
    p: "if it hasn't shipped yet|if it has not shipped yet|if it hasn't shipped|if it has not shipped|if it hasn't been shipped|if not shipped yet",
  },
  {
    k: 'none',
    p: "before it ships|before it has shipped|if i don't|if we don't|if i do not|noise cancel*|noise-cancel*|noise cancell*|noise-cancell*|noise cancelation|don't know|do not know|don't understand|don't have|don't see|if you don't|don't ship it yet|do not ship it yet|don't ship yet|i ordered the wrong|ordered the wrong|accidental damage|exchange rate|return to sender|don't want to bother|not sure|no problem|not a problem|valid until|smoke-free|smoke free",
  },
];
