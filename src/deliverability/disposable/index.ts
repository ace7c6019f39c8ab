export { DISPOSABLE_SOURCE } from './domains.ts';
export { isDisposableDomain } from './isDisposableDomain.ts';
