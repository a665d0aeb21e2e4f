export {
  AUTH_BASE_PATH,
  createAuth,
  isServedAuthPath,
  lockoutMessage,
  SCRYPT_HASHER,
  SERVED_AUTH_PATHS,
  SIGN_IN_FAILED,
  SIGN_IN_PATH,
  sessionUser,
  type Auth,
  type PasswordHasher,
  type SessionUser,
} from './auth';
export { SIGN_IN_UNAVAILABLE_MESSAGE } from './messages';
export { signInWithPassword, type SignInApi, type SignInResult } from './sign-in';
export { configuredOrigin, isLocalOrigin, readAuthEnv, siteOrigin, type AuthEnv } from './env';
export {
  claimAttempt,
  clearFailures,
  lockedFor,
  recordFailure,
  releaseAttempt,
  settleFailure,
  THROTTLE,
  throttleKey,
} from './throttle';
export {
  createUserAccount,
  EmailTakenError,
  revokeUserSessions,
  setUserPassword,
  updateUserAccount,
  type NewUser,
} from './users';
export {
  API_KEY_PREFIX,
  API_KEY_REFUSALS,
  API_KEY_VISIBLE,
  ApiKeyScopeError,
  bearerKeyOf,
  type BearerKey,
  createApiKey,
  generateApiKey,
  hashApiKey,
  lowerRole,
  resolveApiKey,
  revokeApiKey,
  type ApiKeyResolution,
  type ApiKeyUser,
  type NewApiKey,
} from './api-keys';
