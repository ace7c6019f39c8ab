// SLA benchmark: addBusinessMinutes(40 h) and evaluateSla on a 50-event ticket, against
// moment-business-time and dayjs-business-time on a case they handle correctly (a Tokyo Mon–Fri
// 09:00–18:00 week with no holiday in range, run with the process in Asia/Tokyo, because neither
// library has time zones), and against one uncached Intl.DateTimeFormat + formatToParts call.
// Run: node --import tsx bench/sla.bench.ts
process.env.TZ = 'Asia/Tokyo';

import dayjs from 'dayjs';
import dayjsBusinessTime from 'dayjs-business-time';
import { bench, do_not_optimize, group } from 'mitata';
// @ts-expect-error moment-business-time ships no types; it returns moment with working-time methods.
import momentBusinessTime from 'moment-business-time';
// The built package, as users get it (npm run bench builds first).
import {
  addBusinessMinutes,
  createCalendar,
  evaluateSla,
  type SlaPolicy,
  type TicketEvent,
} from 'support-kit/sla';
import { runAndReport } from './report.ts';

const moment = momentBusinessTime as typeof import('moment');

const hours = [['09:00', '18:00']] as const;
const calendar = createCalendar({
  timeZone: 'Asia/Tokyo',
  weeklyHours: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours },
  holidays: 'JP',
  closures: [{ from: '12-29', to: '01-03' }],
});
const start = Date.parse('2025-06-02T10:00:00+09:00');
const expected = Date.parse('2025-06-06T14:00:00+09:00');

moment.updateLocale('en', {
  workinghours: {
    0: null,
    1: ['09:00:00', '18:00:00'],
    2: ['09:00:00', '18:00:00'],
    3: ['09:00:00', '18:00:00'],
    4: ['09:00:00', '18:00:00'],
    5: ['09:00:00', '18:00:00'],
    6: null,
  },
} as never);
dayjs.extend(dayjsBusinessTime);
const day = [{ start: '09:00:00', end: '18:00:00' }];
dayjs.setBusinessTime({
  sunday: null,
  monday: day,
  tuesday: day,
  wednesday: day,
  thursday: day,
  friday: day,
  saturday: null,
});

// Every contender must give the right answer on this case before it is timed.
const ours = addBusinessMinutes(calendar, start, 2400);
const viaMoment = (moment(start) as unknown as { addWorkingTime(n: number, u: string): moment.Moment })
  .addWorkingTime(40, 'hours')
  .valueOf();
const viaDayjs = (dayjs(start) as unknown as { addBusinessHours(n: number): dayjs.Dayjs })
  .addBusinessHours(40)
  .valueOf();
for (const [name, value] of [
  ['support-kit', ours],
  ['moment-business-time', viaMoment],
  ['dayjs-business-time', viaDayjs],
] as const) {
  if (value !== expected)
    throw new Error(
      `${name} gave ${new Date(value).toISOString()}, expected ${new Date(expected).toISOString()}`,
    );
}

const biz = (minutes: number) => ({ minutes, basis: 'business' as const });
const policy: SlaPolicy = {
  id: 'bench',
  calendar,
  targets: {
    firstReply: { normal: biz(480) },
    nextReply: { normal: biz(540) },
    periodicUpdate: { normal: biz(1080) },
    requesterWait: { normal: biz(5400) },
    agentWork: { normal: biz(5400) },
    resolution: { normal: biz(8100) },
  },
};
/** A 50-event ticket over three weeks: customer messages, replies, pending spells. */
const events: TicketEvent[] = [{ type: 'created', at: start, by: 'customer', priority: 'normal' }];
for (let i = 1; events.length < 50; i++) {
  const t = start + i * 5 * 3_600_000;
  const kind = i % 4;
  if (kind === 0) events.push({ type: 'customerMessage', at: t });
  else if (kind === 1) events.push({ type: 'agentReply', at: t, public: true, id: `r${i}` });
  else if (kind === 2) events.push({ type: 'statusChange', at: t, to: 'pending' });
  else events.push({ type: 'statusChange', at: t, to: 'open' });
}
const now = start + 21 * 86_400_000;

/** The unit: what a naive business-time library pays for every wall-clock conversion. */
function uncachedIntlCall() {
  return new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Tokyo',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(start);
}

group('addBusinessMinutes, 40 business hours (Tokyo 09:00–18:00)', () => {
  bench('one uncached Intl.DateTimeFormat + formatToParts (the unit)', () =>
    do_not_optimize(uncachedIntlCall()),
  );
  bench('support-kit addBusinessMinutes', () => do_not_optimize(addBusinessMinutes(calendar, start, 2400)));
  bench('moment-business-time addWorkingTime', () =>
    do_not_optimize(
      (moment(start) as unknown as { addWorkingTime(n: number, u: string): moment.Moment })
        .addWorkingTime(40, 'hours')
        .valueOf(),
    ),
  );
  bench('dayjs-business-time addBusinessHours', () =>
    do_not_optimize(
      (dayjs(start) as unknown as { addBusinessHours(n: number): dayjs.Dayjs })
        .addBusinessHours(40)
        .valueOf(),
    ),
  );
});

group('evaluateSla, 50-event ticket', () => {
  bench('one uncached Intl.DateTimeFormat + formatToParts (the unit)', () =>
    do_not_optimize(uncachedIntlCall()),
  );
  bench('support-kit evaluateSla', () => do_not_optimize(evaluateSla(policy, events, now)));
});

await runAndReport({
  section: 'sla',
  title: 'support-kit/sla',
  intro: `
\`addBusinessMinutes\` adds 40 business hours from Monday 10:00 on a Tokyo Monday–Friday 09:00–18:00
calendar (answer: Friday 14:00); moment-business-time and dayjs-business-time run with the process
in Asia/Tokyo (they have no time zones) and are checked to give the same answer before timing. The
unit is ONE uncached \`new Intl.DateTimeFormat(…).formatToParts()\`: the target is that the whole
40-hour addition costs less than that one call (zone offsets are cached per zone and UTC day; a
formatter is created once per zone). \`evaluateSla\` replays a 50-event ticket (replies, customer
messages, pending spells over three weeks) for six metrics.`,
  summarize: (avg) => {
    const unit = avg(
      'addBusinessMinutes, 40 business hours (Tokyo 09:00–18:00)',
      'one uncached Intl.DateTimeFormat + formatToParts (the unit)',
    );
    const add = avg(
      'addBusinessMinutes, 40 business hours (Tokyo 09:00–18:00)',
      'support-kit addBusinessMinutes',
    );
    return `Target addBusinessMinutes(40 h) < one uncached Intl call: **${(add / unit).toFixed(2)}×** the unit (${add < unit ? 'met' : 'NOT met'}).`;
  },
});
