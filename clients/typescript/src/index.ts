/**
 * A typed client of the trade-promotion records API: openapi-fetch over the types that
 * openapi-typescript generates from the API's OpenAPI document (src/schema.ts).
 *
 *   const api = createApiClient({ baseUrl: "https://api.example.org", token });
 *   const { data, error, response } = await api.GET("/api/v1/deals", { params: { query: { kind: ["investment"] } } });
 */
import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { components, paths } from "./schema.js";

export type { components, operations, paths } from "./schema.js";
/** The document's schemas by name: `Schemas["Deal"]`, `Schemas["Problem"]`, ... */
export type Schemas = components["schemas"];
export type ApiClient = Client<paths>;

export interface ApiClientOptions extends ClientOptions {
  /** Where the API is served: scheme, host and port (paths start with /api/v1). */
  baseUrl: string;
  /** A curator's token (`flask tokens create`): sent as `Authorization: Bearer` for writes. */
  token?: string;
}

/**
 * openapi-fetch over the API's paths. Arrays in the query go as the document declares them
 * (`style: form, explode: false`: `kind=a,b`) unless `querySerializer` says otherwise.
 */
export function createApiClient({ token, headers, ...options }: ApiClientOptions): ApiClient {
  return createClient<paths>({
    querySerializer: { array: { style: "form", explode: false } },
    ...options,
    headers: { ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }), ...headers },
  });
}

/** The cursor that `links.next` (a relative URL, or null on the last page) carries. */
export function nextCursor(next: string | null | undefined): string | undefined {
  if (next == null) return undefined;
  return new URL(next, "http://relative.invalid").searchParams.get("cursor") ?? undefined;
}

/** A problem+json error as an Error, for code that prefers throwing. */
export class ApiError extends Error {
  constructor(readonly problem: Schemas["Problem"]) {
    super(`${problem.status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ""}`);
    this.name = "ApiError";
  }
}
