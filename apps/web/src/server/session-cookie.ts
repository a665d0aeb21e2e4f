/** Whether a Cookie header carries better-auth's session cookie (plain or __Secure-). */
export const SESSION_COOKIE_PATTERN = /(?:^|;\s*)(?:__Secure-)?accord\.session_token=/;
