/**
 * The GraphQL schema of the local server and its executor (the only file that imports the
 * `graphql` engine). The schema covers the run-tracking and public-API operations of
 * server-api.md §3, §4, §6, §7.1, §8 and §12 with the field names, argument names and
 * nullability W&B clients send; it also defines the input/object types the Python client
 * introspects as capability probes (§3), so those probes never come back `null`.
 *
 * Parsed and validated documents are cached by query text (clients send the same few
 * documents over and over), so a request costs one `execute()`.
 *
 * @example
 * ```ts ignore
 * const exec = new GraphqlExecutor();
 * const res = await exec.run("{ viewer { entity } }", {}, ctx); // {data, errors?}
 * ```
 * @module
 */
import {
  buildSchema,
  type DocumentNode,
  execute,
  type ExecutionResult,
  GraphQLError,
  type GraphQLScalarType,
  Kind,
  parse,
  specifiedRules,
  validate,
  valueFromASTUntyped,
  type ValueNode,
} from "graphql";
import { FilterError, StoreError } from "../store/mod.ts";
import { HttpError } from "../http_error.ts";
import { GraphqlApiError } from "./errors.ts";
import { createRootValue, type GqlContext } from "./resolvers.ts";
import { LAUNCH_SDL } from "./launch.ts";

/** The schema in SDL. */
export const SCHEMA_SDL = /* GraphQL */ `
"A string holding JSON text (config, summaryMetrics, filters, ...)."
scalar JSONString
"Any JSON value, sent as is (cliVersionInfo, historyKeys, sampledHistory)."
scalar JSON
"A 64-bit integer (history steps)."
scalar Int64
"""
A list of strings (history and events rows). Declared as a scalar so a page of thousands of rows
is serialized at once instead of value by value; on the wire it is the same JSON array of strings
as [String!]!.
"""
scalar StringList
"""
A duration: the official client sends alert waitDuration in milliseconds (60000 for one minute;
server-api.md says seconds).
"""
scalar Duration
"An ISO-8601 time (W&B format: to the second, UTC, no zone)."
scalar DateTime

type Query {
  viewer: User
  serverInfo: ServerInfo
  models(entityName: String, after: String, first: Int): ProjectConnection
  projects(entityName: String, after: String, first: Int): ProjectConnection
  model(name: String, entityName: String): Project
  project(name: String, entityName: String): Project
  entity(name: String, login: Boolean): Entity
  "An artifact version by its id, or null."
  artifact(id: ID!): Artifact
  "A collection by its id, or null."
  artifactCollection(id: ID!): ArtifactCollection
  "The server id of the artifact version a client created with clientID."
  clientIDMapping(clientID: ID!): ClientIDMappingResult
}

type Mutation {
  upsertBucket(input: UpsertBucketInput!): UpsertBucketPayload
  createRunFiles(input: CreateRunFilesInput!): CreateRunFilesPayload
  deleteRun(input: DeleteRunInput!): DeleteRunPayload
  stopRun(input: StopRunInput!): StopRunPayload
  upsertModel(input: UpsertModelInput!): UpsertModelPayload
  notifyScriptableRunAlert(input: NotifyScriptableRunAlertInput!): NotifyScriptableRunAlertPayload
  createArtifactType(input: CreateArtifactTypeInput!): CreateArtifactTypePayload
  createArtifact(input: CreateArtifactInput!): CreateArtifactPayload
  createArtifactManifest(input: CreateArtifactManifestInput!): ArtifactManifestPayload
  updateArtifactManifest(input: UpdateArtifactManifestInput!): ArtifactManifestPayload
  createArtifactFiles(input: CreateArtifactFilesInput!): CreateArtifactFilesPayload
  completeMultipartUploadArtifact(
    input: CompleteMultipartUploadArtifactInput!
  ): CompleteMultipartUploadArtifactPayload
  commitArtifact(input: CommitArtifactInput!): CommitArtifactPayload
  useArtifact(input: UseArtifactInput!): UseArtifactPayload
  linkArtifact(input: LinkArtifactInput!): LinkArtifactPayload
  updateArtifact(input: UpdateArtifactInput!): UpdateArtifactPayload
  deleteArtifact(input: DeleteArtifactInput!): DeleteArtifactPayload
  addAliases(input: AddAliasesInput!): AddAliasesPayload
  deleteAliases(input: DeleteAliasesInput!): DeleteAliasesPayload
}

type PageInfo {
  hasNextPage: Boolean!
  endCursor: String
}

type User {
  id: ID!
  entity: String
  username: String
  name: String
  email: String
  admin: Boolean
  "JSON string of feature flags; always present."
  flags: JSONString!
  photoUrl: String
  deletedAt: DateTime
  teams: EntityConnection
  apiKeys: ApiKeyConnection
}

type ApiKey {
  id: ID!
  name: String!
  description: String
}
type ApiKeyEdge {
  node: ApiKey
}
type ApiKeyConnection {
  edges: [ApiKeyEdge!]!
}

type Entity {
  id: ID!
  name: String!
  "The organization an entity belongs to: none here."
  organization: Organization
}
type EntityEdge {
  node: Entity
  cursor: String!
}
type EntityConnection {
  edges: [EntityEdge!]!
  pageInfo: PageInfo!
}

type LocalVersionInfo {
  outOfDate: Boolean!
  latestVersionString: String!
  versionOnThisInstanceString: String!
}
type ServerFeature {
  name: String!
  isEnabled: Boolean!
}
type ServerInfo {
  cliVersionInfo: JSON!
  latestLocalVersionInfo: LocalVersionInfo
  features: [ServerFeature!]!
}

type ServerMessage {
  utfText: String
  plainText: String
  htmlText: String
  messageType: String
  messageLevel: String
}
type ServerSettings {
  serverMessages: [ServerMessage!]!
}

type Project {
  id: ID!
  "The project's numeric id (W&B's database id; Run.projectId)."
  internalId: ID!
  name: String!
  entityName: String!
  entity: Entity!
  description: String
  createdAt: DateTime
  isBenchmark: Boolean!
  readOnly: Boolean!
  repo: String
  dockerImage: String
  access: String
  views: JSONString
  "The user owning the project's entity."
  user: User
  "Saved views and reports: none are kept here, so always an empty connection."
  allViews(viewType: String, viewName: String, first: Int, after: String): ViewConnection!
  runCount(filters: JSONString): Int!
  runs(filters: JSONString, order: String, after: String, first: Int): RunConnection!
  run(name: String!): Run
  bucket(name: String!, missingOk: Boolean, desc: String): Run
  "A committed artifact version by collection:alias (an alias, vN or a digest), or null."
  artifact(name: String!): Artifact
  artifactType(name: String!): ArtifactType
  artifactTypes(after: String, first: Int): ArtifactTypeConnection!
  artifactCollection(name: String!): ArtifactCollection
  artifactCollections(
    after: String
    first: Int
    filters: JSONString
    order: String
    collectionTypes: [ArtifactCollectionType!]
  ): ArtifactCollectionConnection!
  "The version collection:alias as a member of that collection, or null."
  artifactCollectionMembership(name: String!): ArtifactCollectionMembership
}
type ProjectEdge {
  node: Project
  cursor: String!
}
type ProjectConnection {
  edges: [ProjectEdge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

type View {
  id: ID!
  name: String
  displayName: String
  description: String
  type: String
  user: User
  spec: JSONString
  updatedAt: DateTime
  createdAt: DateTime
}
type ViewEdge {
  node: View
  cursor: String!
}
type ViewConnection {
  edges: [ViewEdge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

type RunUser {
  id: ID!
  name: String!
  username: String!
  email: String
}

type Run {
  "Opaque: base64 of Run:v1:<name>:<project>:<entity>."
  id: ID!
  "The run id chosen by the client."
  name: String!
  "The numeric id of the run's project (Project.internalId)."
  projectId: Int!
  displayName: String
  description: String
  notes: String
  config: JSONString!
  summaryMetrics: JSONString!
  systemMetrics: JSONString!
  sweepName: String
  state: String!
  group: String
  jobType: String
  commit: String
  host: String
  readOnly: Boolean!
  createdAt: DateTime
  updatedAt: DateTime
  heartbeatAt: DateTime
  tags: [String!]!
  exitcode: Int
  stopped: Boolean!
  shouldStop: Boolean!
  user: RunUser
  project: Project
  historyLineCount: Int!
  eventsLineCount: Int!
  logLineCount: Int!
  historyKeys: JSON
  history(samples: Int, minStep: Int64, maxStep: Int64): StringList!
  sampledHistory(specs: [JSONString!]!): [JSON!]!
  "History as parquet exports plus live rows: nothing is exported here, so every row is live."
  parquetHistory(liveKeys: [String!]!): RunParquetHistory!
  events(samples: Int): StringList!
  historyTail: String!
  eventsTail: String!
  wandbConfig(keys: [String!]): JSONString!
  fileCount: Int!
  files(names: [String], after: String, first: Int, pattern: String): FileConnection!
  "Alerts the run raised (run.alert()), oldest first; not a W&B field."
  alerts: [RunAlert!]!
  "Committed artifact versions the run logged, oldest first."
  outputArtifacts(after: String, first: Int): ArtifactConnection!
  "Artifact versions the run used, oldest first."
  inputArtifacts(after: String, first: Int): ArtifactConnection!
}
type RunAlert {
  title: String!
  text: String!
  severity: AlertSeverity!
  "The client's minimum wait between alerts of the same title, in milliseconds as sent."
  waitDuration: Duration
  createdAt: DateTime!
}

type RunParquetHistory {
  parquetUrls: [String!]!
  "One JSON object per history row, with the requested live keys (all keys when none)."
  liveData: [JSON!]!
}

type RunEdge {
  node: Run!
  cursor: String!
}
type RunConnection {
  edges: [RunEdge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

type File {
  id: ID!
  name: String!
  displayName: String!
  "Signed URL: GET to download, or with upload: true, PUT to upload."
  url(upload: Boolean): String
  directUrl: String
  sizeBytes: Int64
  mimetype: String
  updatedAt: DateTime
  md5: String
  "Artifact files: the blob's storage key; base64 MD5 digest."
  storagePath: String
  digest: String
  "Artifact file uploads: a signed PUT URL, or null when the bytes are stored already."
  uploadUrl: String
  uploadHeaders: [String!]
  uploadMultipartUrls: UploadMultipartUrls
  "The artifact version the file was first uploaded for."
  artifact: Artifact
}
type FileEdge {
  node: File
  cursor: String!
}
type FileConnection {
  "Headers as Name:Value strings to send with upload PUTs."
  uploadHeaders: [String!]!
  edges: [FileEdge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

input UpsertBucketInput {
  id: String
  name: String
  groupName: String
  modelName: String
  entityName: String
  description: String
  displayName: String
  notes: String
  commit: String
  config: JSONString
  host: String
  debug: Boolean
  jobProgram: String
  jobRepo: String
  jobType: String
  state: String
  sweep: String
  tags: [String!]
  summaryMetrics: JSONString
  clientMutationId: String
}
type UpsertBucketPayload {
  bucket: Run
  inserted: Boolean
  serverSettings: ServerSettings
  clientMutationId: String
}

input CreateRunFilesInput {
  entityName: String!
  projectName: String!
  runName: String!
  files: [String!]!
  clientMutationId: String
}
type RunFileUpload {
  name: String!
  uploadUrl: String
}
type CreateRunFilesPayload {
  runID: ID!
  uploadHeaders: [String!]!
  files: [RunFileUpload!]!
  clientMutationId: String
}

input DeleteRunInput {
  id: ID!
  deleteArtifacts: Boolean
  clientMutationId: String
}
type DeleteRunPayload {
  clientMutationId: String
}

input StopRunInput {
  id: ID!
  clientMutationId: String
}
type StopRunPayload {
  clientMutationId: String
  success: Boolean
}

input UpsertModelInput {
  id: String
  name: String
  entityName: String
  description: String
  framework: String
  access: String
  views: JSONString
  repo: String
  clientMutationId: String
}
type UpsertModelPayload {
  project: Project
  model: Project
  inserted: Boolean
  clientMutationId: String
}

enum AlertSeverity {
  INFO
  WARN
  ERROR
}
input NotifyScriptableRunAlertInput {
  entityName: String!
  projectName: String!
  runName: String!
  title: String!
  text: String!
  severity: AlertSeverity
  waitDuration: Duration
  clientMutationId: String
}
type NotifyScriptableRunAlertPayload {
  success: Boolean!
  clientMutationId: String
}

# ---- Artifacts (server-api.md §9; the official 0.30 client's documents). Versions live in
# sequences; portfolios link them. Ids are W&B-shaped: base64 of "<Type>:<n>".
enum ArtifactState {
  PENDING
  COMMITTED
  DELETED
}
enum ArtifactDigestAlgorithm {
  MANIFEST_MD5
  MANIFEST_XXH128
}
enum ArtifactStorageLayout {
  V1
  V2
}
enum ArtifactManifestType {
  FULL
  INCREMENTAL
  PATCH
}
enum ArtifactCollectionType {
  SEQUENCE
  PORTFOLIO
}
enum CompleteMultipartAction {
  Complete
}
input ArtifactAliasInput {
  artifactCollectionName: String!
  alias: String!
}
input ArtifactCollectionAliasInput {
  artifactCollectionName: String!
  alias: String!
  entityName: String!
  projectName: String!
}
input TagInput {
  tagName: String!
  tagCategoryName: String
  attributes: String
}
input CreateArtifactInput {
  artifactTypeName: String!
  artifactCollectionName: String
  artifactCollectionNames: [String!]
  entityName: String!
  projectName: String!
  runName: String
  description: String
  digest: String!
  digestAlgorithm: ArtifactDigestAlgorithm
  labels: JSONString
  aliases: [ArtifactAliasInput!]
  tags: [TagInput!]
  metadata: JSONString
  historyStep: Int64
  distributedID: String
  clientID: ID
  sequenceClientID: ID
  enableDigestDeduplication: Boolean
  ttlDurationSeconds: Int64
  storageRegion: String
  clientMutationId: String
}
type CreateArtifactPayload {
  artifact: Artifact!
  clientMutationId: String
}
input CreateArtifactTypeInput {
  entityName: String!
  projectName: String!
  name: String!
  description: String
  clientMutationId: String
}
type CreateArtifactTypePayload {
  artifactType: ArtifactType!
  clientMutationId: String
}
input CreateArtifactManifestInput {
  artifactID: ID!
  baseArtifactID: ID
  name: String!
  digest: String!
  entityName: String!
  projectName: String!
  runName: String!
  type: ArtifactManifestType = FULL
  includeUpload: Boolean
  clientMutationId: String
}
input UpdateArtifactManifestInput {
  artifactManifestID: ID!
  digest: String
  baseArtifactID: ID
  clientMutationId: String
}
type ArtifactManifestPayload {
  artifactManifest: ArtifactManifest!
  clientMutationId: String
}
type ArtifactManifest {
  id: ID!
  type: ArtifactManifestType!
  createdAt: DateTime
  digest: String
  artifact: Artifact
  file: File!
}
input UploadPartsInput {
  partNumber: Int64!
  hexMD5: String!
}
input CreateArtifactFileSpecInput {
  artifactID: ID!
  artifactManifestID: ID
  name: String!
  md5: String!
  mimetype: String
  uploadPartsInput: [UploadPartsInput!]
}
input CreateArtifactFilesInput {
  artifactFiles: [CreateArtifactFileSpecInput!]!
  storageLayout: ArtifactStorageLayout!
  storageRegion: String
  cloudRegionID: ID
  clientMutationId: String
}
type CreateArtifactFilesPayload {
  files: FileConnection!
  clientMutationId: String
}
type UploadUrlPart {
  partNumber: Int64!
  uploadUrl: String!
}
type UploadMultipartUrls {
  uploadID: String!
  uploadUrlParts: [UploadUrlPart!]!
}
input CompleteMultipartUploadArtifactInput {
  completeMultipartAction: CompleteMultipartAction!
  completedParts: [UploadPartsInput!]!
  artifactID: ID!
  storagePath: String!
  uploadID: String!
  clientMutationId: String
}
type CompleteMultipartUploadArtifactPayload {
  digest: String
  clientMutationId: String
}
input CommitArtifactInput {
  artifactID: ID!
  clientMutationId: String
}
type CommitArtifactPayload {
  artifact: Artifact!
  clientMutationId: String
}
input UseArtifactInput {
  entityName: String!
  projectName: String!
  runName: String!
  artifactID: ID!
  usedAs: String
  artifactEntityName: String
  artifactProjectName: String
  clientMutationId: String
}
type UseArtifactPayload {
  artifact: Artifact!
  clientMutationId: String
}
input LinkArtifactInput {
  artifactPortfolioName: String
  artifactPortfolioID: ID
  entityName: String
  projectName: String
  aliases: [ArtifactAliasInput!]
  artifactID: ID
  clientID: ID
  clientMutationId: String
}
type LinkArtifactPayload {
  versionIndex: Int
  artifactMembership: ArtifactCollectionMembership
  clientMutationId: String
}
input UpdateArtifactInput {
  artifactID: ID!
  description: String
  labels: JSONString
  metadata: JSONString
  aliases: [ArtifactAliasInput!]
  tagsToAdd: [TagInput!]
  tagsToDelete: [TagInput!]
  ttlDurationSeconds: Int64
  clientMutationId: String
}
type UpdateArtifactPayload {
  artifact: Artifact!
  clientMutationId: String
}
input DeleteArtifactInput {
  artifactID: ID!
  deleteAliases: Boolean = false
  clientMutationId: String
}
type DeleteArtifactPayload {
  artifact: Artifact!
  clientMutationId: String
}
input AddAliasesInput {
  aliases: [ArtifactCollectionAliasInput!]!
  artifactID: ID!
  clientMutationId: String
}
type AddAliasesPayload {
  success: Boolean!
  clientMutationId: String
}
input DeleteAliasesInput {
  aliases: [ArtifactCollectionAliasInput!]!
  artifactID: ID!
  clientMutationId: String
}
type DeleteAliasesPayload {
  success: Boolean!
  clientMutationId: String
}
type ClientIDMappingResult {
  serverID: ID!
}
type Artifact {
  id: ID!
  digest: String!
  digestAlgorithm: ArtifactDigestAlgorithm
  state: ArtifactState!
  description: String
  metadata: JSONString
  labels: JSONString
  versionIndex: Int
  size: Int64!
  fileCount: Int64!
  commitHash: String
  historyStep: Int64
  ttlDurationSeconds: Int64!
  ttlIsInherited: Boolean!
  createdAt: DateTime!
  updatedAt: DateTime
  artifactType: ArtifactType!
  artifactSequence: ArtifactSequence!
  aliases: [ArtifactAlias!]!
  tags: [Tag!]!
  "The run that logged this version."
  createdBy: ArtifactCreator
  "Runs that used this version."
  usedBy(after: String, first: Int): RunConnection!
  currentManifest: ArtifactManifest
  files(names: [String!], after: String, first: Int): FileConnection!
  filesByManifestEntries(
    storageLayout: String!
    manifestVersion: String!
    entries: [ArtifactManifestEntryInput!]
    storageRegion: String
  ): FileConnection!
  artifactMemberships(after: String, first: Int): ArtifactCollectionMembershipConnection!
}
input ArtifactManifestEntryInput {
  name: String!
  digest: String!
  birthArtifactID: ID
}
union ArtifactCreator = Run
type ArtifactEdge {
  node: Artifact
  cursor: String!
}
type ArtifactConnection {
  edges: [ArtifactEdge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}
type VersionedArtifactEdge {
  node: Artifact!
  version: String!
  cursor: String!
}
type VersionedArtifactConnection {
  edges: [VersionedArtifactEdge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}
type ArtifactType {
  id: ID!
  name: String!
  description: String
  createdAt: DateTime!
  project: Project
  artifactCollection(name: String!): ArtifactCollection
  artifactCollections(
    after: String
    first: Int
    filters: JSONString
    order: String
    collectionTypes: [ArtifactCollectionType!]
  ): ArtifactCollectionConnection!
  artifactSequence(name: String!): ArtifactSequence
}
type ArtifactTypeEdge {
  node: ArtifactType
  cursor: String!
}
type ArtifactTypeConnection {
  edges: [ArtifactTypeEdge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}
type ArtifactAlias {
  id: ID!
  alias: String!
  artifact: Artifact
  artifactCollection: ArtifactCollection
  artifactCollectionName: String!
}
type ArtifactAliasEdge {
  node: ArtifactAlias
  cursor: String!
}
type ArtifactAliasConnection {
  edges: [ArtifactAliasEdge!]!
  pageInfo: PageInfo!
}
type Tag {
  id: ID!
  name: String!
  tagCategoryName: String
  attributes: JSONString
}
type TagEdge {
  node: Tag!
  cursor: String!
}
type TagConnection {
  edges: [TagEdge!]!
  pageInfo: PageInfo!
}
interface ArtifactCollection {
  id: ID!
  name: String!
  description: String
  createdAt: DateTime!
  updatedAt: DateTime
  project: Project
  defaultArtifactType: ArtifactType!
  tags: TagConnection!
  aliases(after: String, first: Int): ArtifactAliasConnection!
  artifacts(after: String, first: Int, order: String, filters: JSONString): VersionedArtifactConnection!
  artifactMembership(aliasName: String!): ArtifactCollectionMembership
  artifactMemberships(after: String, first: Int): ArtifactCollectionMembershipConnection!
}
type ArtifactSequence implements ArtifactCollection {
  id: ID!
  name: String!
  description: String
  createdAt: DateTime!
  updatedAt: DateTime
  project: Project
  defaultArtifactType: ArtifactType!
  tags: TagConnection!
  aliases(after: String, first: Int): ArtifactAliasConnection!
  artifacts(after: String, first: Int, order: String, filters: JSONString): VersionedArtifactConnection!
  artifactMembership(aliasName: String!): ArtifactCollectionMembership
  artifactMemberships(after: String, first: Int): ArtifactCollectionMembershipConnection!
  latestArtifact: Artifact
  digestAlgorithm: ArtifactDigestAlgorithm!
}
type ArtifactPortfolio implements ArtifactCollection {
  id: ID!
  name: String!
  description: String
  createdAt: DateTime!
  updatedAt: DateTime
  project: Project
  defaultArtifactType: ArtifactType!
  tags: TagConnection!
  aliases(after: String, first: Int): ArtifactAliasConnection!
  artifacts(after: String, first: Int, order: String, filters: JSONString): VersionedArtifactConnection!
  artifactMembership(aliasName: String!): ArtifactCollectionMembership
  artifactMemberships(after: String, first: Int): ArtifactCollectionMembershipConnection!
}
type ArtifactCollectionEdge {
  node: ArtifactCollection
  cursor: String!
}
type ArtifactCollectionConnection {
  edges: [ArtifactCollectionEdge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}
type ArtifactCollectionMembership {
  id: ID!
  versionIndex: Int
  createdAt: DateTime!
  aliases: [ArtifactAlias!]!
  artifactCollection: ArtifactCollection
  artifact: Artifact
  files(names: [String!], after: String, first: Int): FileConnection!
}
type ArtifactCollectionMembershipEdge {
  node: ArtifactCollectionMembership
  cursor: String!
}
type ArtifactCollectionMembershipConnection {
  edges: [ArtifactCollectionMembershipEdge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}
type Organization {
  id: ID!
  name: String!
  coreWeaveOrganizationId: String
}
${LAUNCH_SDL}
`;

function jsonStringValue(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "object" && v !== null) return JSON.stringify(v);
  throw new TypeError(`JSONString must be a string holding JSON, got ${typeof v}`);
}

function int64Value(v: unknown): number {
  const n = typeof v === "string" && /^-?\d+$/.test(v) ? Number(v) : v;
  if (typeof n !== "number" || !Number.isSafeInteger(n)) {
    throw new TypeError(`Int64 must be an integer, got ${JSON.stringify(v)}`);
  }
  return n;
}

function literal(kinds: Kind[], read: (node: ValueNode) => unknown) {
  return (node: ValueNode) => {
    if (!kinds.includes(node.kind)) {
      throw new TypeError(`expected a literal of kind ${kinds.join(" or ")}, got ${node.kind}`);
    }
    return read(node);
  };
}

function buildServerSchema() {
  const schema = buildSchema(SCHEMA_SDL);
  const scalar = (name: string) => schema.getType(name) as GraphQLScalarType;
  Object.assign(scalar("JSONString"), {
    serialize: jsonStringValue,
    parseValue: jsonStringValue,
    parseLiteral: literal([Kind.STRING], (n) => (n as { value: string }).value),
  });
  Object.assign(scalar("JSON"), {
    serialize: (v: unknown) => v,
    parseValue: (v: unknown) => v,
    parseLiteral: (n: ValueNode) => valueFromASTUntyped(n),
  });
  for (const name of ["Int64", "Duration"]) {
    Object.assign(scalar(name), {
      serialize: int64Value,
      parseValue: int64Value,
      parseLiteral: literal(
        [Kind.INT, Kind.STRING],
        (n) => int64Value((n as { value: string }).value),
      ),
    });
  }
  Object.assign(scalar("StringList"), {
    serialize: (v: unknown) => v,
    parseValue: (v: unknown) => v,
    parseLiteral: (n: ValueNode) => valueFromASTUntyped(n),
  });
  Object.assign(scalar("DateTime"), {
    serialize: String,
    parseValue: String,
    parseLiteral: literal([Kind.STRING], (n) => (n as { value: string }).value),
  });
  return schema;
}

/** A GraphQL response body. */
export interface GraphqlResponse {
  /** The result; absent when the document failed to parse or validate. */
  data?: Record<string, unknown> | null;
  /** Errors, each naming the field (`path`) or variable at fault. */
  errors?: { message: string; path?: readonly (string | number)[]; extensions?: unknown }[];
}

const KNOWN_ERRORS = [GraphqlApiError, StoreError, FilterError, HttpError];

function formatError(err: GraphQLError, log: (msg: string) => void) {
  const orig = err.originalError;
  let message = err.message;
  let code: string | undefined;
  if (orig && !(orig instanceof GraphQLError)) {
    if (KNOWN_ERRORS.some((k) => orig instanceof k)) {
      code = (orig as { code?: string }).code;
    } else if (!(orig instanceof TypeError && err.path === undefined)) {
      // An unexpected failure inside a resolver: log it, never send its stack or internals.
      log(`graphql internal error at ${err.path?.join(".")}: ${orig.stack ?? orig.message}`);
      message = `Internal error resolving ${err.path?.join(".") ?? "the request"}`;
      code = "graphql/internal";
    }
  }
  return {
    message,
    ...(err.locations ? { locations: err.locations } : {}),
    ...(err.path ? { path: err.path } : {}),
    ...(code ? { extensions: { code } } : {}),
  };
}

/** Options of {@link GraphqlExecutor}. */
export interface GraphqlExecutorOptions {
  /** Most distinct documents kept parsed and validated. @default 500 */
  cacheSize?: number;
}

/**
 * Runs GraphQL requests against the server schema, caching parse + validate by query text.
 *
 * @example
 * ```ts ignore
 * const exec = new GraphqlExecutor();
 * const body = await exec.run("query Viewer { viewer { entity } }", null, ctx);
 * ```
 */
export class GraphqlExecutor {
  readonly #schema = buildServerSchema();
  readonly #root = createRootValue();
  readonly #cache = new Map<string, DocumentNode | readonly GraphQLError[]>();
  readonly #cacheSize: number;

  /**
   * Builds the schema and an empty document cache.
   *
   * @param options cache size
   */
  constructor(options: GraphqlExecutorOptions = {}) {
    this.#cacheSize = options.cacheSize ?? 500;
  }

  #document(query: string): DocumentNode | readonly GraphQLError[] {
    const hit = this.#cache.get(query);
    if (hit) return hit;
    let out: DocumentNode | readonly GraphQLError[];
    try {
      const doc = parse(query);
      const errors = validate(this.#schema, doc, specifiedRules);
      out = errors.length > 0 ? errors : doc;
    } catch (e) {
      if (!(e instanceof GraphQLError)) throw e;
      out = [e];
    }
    if (this.#cache.size >= this.#cacheSize) {
      this.#cache.delete(this.#cache.keys().next().value!);
    }
    this.#cache.set(query, out);
    return out;
  }

  /** Number of documents currently cached (tests). */
  get cachedDocuments(): number {
    return this.#cache.size;
  }

  /**
   * Executes one request: `{data, errors}` as W&B clients expect (errors name the field or
   * variable). Never throws for a bad query or variables.
   */
  async run(
    query: string,
    variables: Record<string, unknown> | null | undefined,
    ctx: GqlContext,
    operationName?: string | null,
  ): Promise<GraphqlResponse> {
    const doc = this.#document(query);
    const log = ctx.server.log;
    if (!("kind" in doc)) return { errors: doc.map((e) => formatError(e, log)) };
    const result = (await execute({
      schema: this.#schema,
      document: doc,
      rootValue: this.#root,
      contextValue: ctx,
      variableValues: variables ?? {},
      operationName: operationName ?? undefined,
    })) as ExecutionResult;
    const body: GraphqlResponse = {};
    if ("data" in result) body.data = result.data as Record<string, unknown> | null;
    if (result.errors && result.errors.length > 0) {
      body.errors = result.errors.map((e) => formatError(e, log));
    }
    return body;
  }
}
