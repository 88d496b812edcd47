/**
 * HTTP helpers shared by the SDK's internal process, the CLI and the public API: the one retry
 * helper, the GraphQL client, typed communication errors, netrc and credential resolution.
 *
 * @example
 * ```ts ignore
 * import { GraphQLClient, resolveCredentials } from "./mod.ts";
 * const { baseUrl, apiKey } = resolveCredentials();
 * const gql = new GraphQLClient({ baseUrl, apiKey });
 * ```
 * @module
 */
export { CommError, type CommErrorCode, parseRetryAfter, safeUrl } from "./errors.ts";
export {
  backoffDelay,
  FILE_STREAM_POLICY,
  GRAPHQL_POLICY,
  retry,
  type RetryEvent,
  type RetryOptions,
  type RetryPolicy,
  sleep,
} from "./retry.ts";
export { basicAuth, fetchFailure, type HttpOptions, httpRequest } from "./http.ts";
export {
  GraphQLClient,
  type GraphQLClientOptions,
  operationName,
  type RequestCallOptions,
} from "./graphql.ts";
export {
  netrcHost,
  netrcPassword,
  netrcPath,
  netrcWithEntry,
  readNetrcKey,
  writeNetrcKey,
} from "./netrc.ts";
export {
  checkApiKeyShape,
  type Credentials,
  type CredentialsOptions,
  DEFAULT_BASE_URL,
  resolveCredentials,
} from "./credentials.ts";
