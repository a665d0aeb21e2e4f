export {
  AUTH_BASE_PATH,
  createAuth,
  SIGN_IN_FAILED,
  SIGN_IN_PATH,
  sessionUser,
  type Auth,
  type SessionUser,
} from './auth';
export { configuredOrigin, isLocalOrigin, readAuthEnv, type AuthEnv } from './env';
export { clearFailures, lockedFor, recordFailure, THROTTLE, throttleKey } from './throttle';
export {
  createUserAccount,
  EmailTakenError,
  revokeUserSessions,
  setUserPassword,
  type NewUser,
} from './users';
