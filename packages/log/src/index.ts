/**
 * @accord/log: the one logger of every Accord process (server, CLIs, bench, resilience).
 *
 *   import { log, logError, requestId } from '@accord/log';
 *   log.info({ userId }, 'user disabled');        // never an email: log the id
 *   logError(log, error, 'tRPC editor.list failed'); // stack once per request, repeats counted
 *
 * Lines are JSON (time, level, msg, pid, reqId while handling a request) when stdout is not a
 * terminal or LOG_FORMAT=json, readable with LOG_FORMAT=pretty or on a terminal; LOG_LEVEL
 * sets the threshold. Secrets are removed at the logger (redact.ts), whatever a call passes.
 * Metrics are in '@accord/log/metrics'.
 */
export {
  currentRequest,
  newRequestId,
  REQUEST_ID_PATTERN,
  requestId,
  requestIdFor,
  runWithRequest,
  type RequestContext,
} from './context';
export { betterAuthLogger, logConsoleCall, routeConsoleToLogger, stripAnsi } from './console';
export { errorSignature, errorSummary, logError, REPEAT_INTERVAL_MS, resetRepeats } from './errors';
export { createLogger, log, type Logger, useStderr } from './logger';
export { addSecretsFromEnv, addSecretValue, REDACTED, scrub, scrubString } from './redact';
export { readLogSettings, type LogLevel, type LogSettings } from './settings';
