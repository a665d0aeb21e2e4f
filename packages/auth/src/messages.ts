/**
 * What the sign-in form, better-auth's routes and the admin's 503 page say while the
 * database is away. Its own module: the production server's bundle (apps/web/server.ts)
 * imports it without better-auth.
 */
export const SIGN_IN_UNAVAILABLE_MESSAGE =
  'Sign-in is unavailable right now; try again in a minute.';
