/**
 * Freezes a data table and every object and array inside it, so that no caller can change what
 * every other caller reads. Accessor properties (lazily computed lists) are left to freeze what
 * they compute. Returns the same value.
 *
 * @example
 * const TABLE = deepFreeze({ a: { minutes: 60 } });
 * Object.isFrozen(TABLE.a) //=> true
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const descriptor of Object.values(Object.getOwnPropertyDescriptors(value))) {
    if ('value' in descriptor) deepFreeze(descriptor.value);
  }
  return value;
}
