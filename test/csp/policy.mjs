/**
 * The Content-Security-Policy a host page needs (documented in docs/security.md): the strict
 * policy plus img-src for profile photos (data:, https:) and PNG export (blob:).
 */
export const strictPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');
