/**
 * The error support-kit throws for a bad developer configuration (a calendar, an SLA policy, a
 * provider table): a `TypeError` whose message starts with the function or module that read the
 * configuration and names the field, e.g.
 * `createCalendar: weeklyHours.mon[0] must be "HH:MM", 00:00 to 24:00`.
 * It is thrown once, when the configuration is first read; text from end users never throws it.
 *
 * @example
 * try {
 *   createCalendar({ timeZone: 'Asia/Tokyo', weeklyHours: { mon: [['9:00', '18:00']] } });
 * } catch (error) {
 *   if (isConfigError(error)) error.field //=> 'weeklyHours.mon[0][0]'
 * }
 */
export class ConfigError extends TypeError {
  /** Where in the configuration the problem is, e.g. `'policy.targets.firstReply.normal.minutes'`. */
  readonly field: string;
  /** What is wrong with it, e.g. `'must be a number'`. */
  readonly problem: string;

  /**
   * @param where - The function or module that read the configuration (`'createCalendar'`).
   * @param field - The path of the field from the root of the configuration.
   * @param problem - What is wrong, as the end of a sentence whose subject is the field.
   */
  constructor(where: string, field: string, problem: string) {
    super(`${where}: ${field} ${problem}`);
    this.name = 'ConfigError';
    this.field = field;
    this.problem = problem;
  }
}

/**
 * Whether `error` is a {@link ConfigError}. It also matches on `name`, so it works across
 * realms and across the ESM and CommonJS copies of the package, where `instanceof` does not.
 *
 * @example
 * isConfigError(new ConfigError('createCalendar', 'timeZone', 'must be a string')) //=> true
 * isConfigError(new TypeError('x')) //=> false
 */
export function isConfigError(error: unknown): error is ConfigError {
  return (
    error instanceof ConfigError ||
    (error instanceof Error &&
      error.name === 'ConfigError' &&
      typeof (error as { field?: unknown }).field === 'string')
  );
}

/**
 * The same problem seen from an enclosing configuration: `field` is put under `prefix`
 * (`weeklyHours` under `policy.calendar`); a problem with the whole inner configuration (`config`)
 * becomes a problem with `prefix` itself.
 *
 * @example
 * nestConfigError(new ConfigError('createCalendar', 'timeZone', 'must be a string'), 'evaluateSla', 'policy.calendar')
 *   .message //=> 'evaluateSla: policy.calendar.timeZone must be a string'
 */
export function nestConfigError(error: ConfigError, where: string, prefix: string): ConfigError {
  const { field, problem } = error;
  return new ConfigError(where, field === 'config' ? prefix : `${prefix}.${field}`, problem);
}
