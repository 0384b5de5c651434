/**
 * Typed client for the Kalkan API (educational use only; paper trading is the default).
 *
 * `api` is the whole API, typed from the OpenAPI document by openapi-typescript and called
 * through openapi-fetch: `api.GET("/api/v1/backtest/history", { params: { query: { limit: 10 } } })`.
 * The helpers cover what plain typed calls make awkward: keeping and rotating the tokens, the
 * form-encoded login, the multipart candle upload, and waiting for a background job.
 */
import createClient, { type Client } from "openapi-fetch";
import type { components, operations, paths } from "./schema.ts";

export type { components, operations, paths };
export type Schemas = components["schemas"];
export type Problem = Schemas["Problem"];
export type TokenPair = Schemas["TokenPair"];
// Taken from the operation, so it holds whether the body is a named schema or inline.
export type CandleUpload = NonNullable<
  operations["database_import_candles"]["requestBody"]
>["content"]["multipart/form-data"];
export type Job = Schemas["JobOut"];

/** An RFC 9457 problem answered by the API (4xx/5xx), thrown by `unwrap` and the helpers. */
export class KalkanError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined) {
    super(problem ? `${status} ${problem.title}: ${problem.detail ?? problem.type}` : `HTTP ${status}`);
    this.name = "KalkanError";
    this.status = status;
    this.problem = problem;
  }
}

type Answer<T> =
  | { data: T; error?: never; response: Response }
  | { data?: never; error: unknown; response: Response };

/** The data of a successful call, or a thrown `KalkanError` carrying the problem. */
export function unwrap<T>(answer: Answer<T>): T {
  if (answer.error !== undefined || answer.data === undefined) {
    throw new KalkanError(answer.response.status, answer.error as Problem | undefined);
  }
  return answer.data;
}

export interface KalkanOptions {
  /** Server root, e.g. `http://127.0.0.1:8000` (paths carry the `/api/v1` prefix). */
  baseUrl: string;
  /** Bearer access token; `login()` sets it. */
  accessToken?: string;
  /** Scoped API key sent as `X-API-Key`, instead of a token. */
  apiKey?: string;
  /** Custom fetch (tests, proxies). */
  fetch?: (input: Request) => Promise<Response>;
}

const FINISHED = new Set(["succeeded", "failed", "cancelled"]);

export function createKalkanClient(options: KalkanOptions) {
  let tokens: { access: string | undefined; refresh: string | undefined } = {
    access: options.accessToken,
    refresh: undefined,
  };
  const api: Client<paths> = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/$/, ""),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  api.use({
    onRequest({ request }) {
      if (tokens.access) request.headers.set("Authorization", `Bearer ${tokens.access}`);
      else if (options.apiKey) request.headers.set("X-API-Key", options.apiKey);
      return request;
    },
  });

  function keep(pair: TokenPair): TokenPair {
    tokens = { access: pair.access_token, refresh: pair.refresh_token };
    return pair;
  }

  return {
    api,

    /** OAuth2 password login (form-encoded); later calls carry the access token. */
    async login(email: string, password: string): Promise<TokenPair> {
      const answer = await api.POST("/api/v1/auth/login", {
        body: { username: email, password },
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      });
      return keep(unwrap(answer));
    },

    /** Rotate the token pair with the refresh token from the last login or refresh. */
    async refresh(): Promise<TokenPair> {
      if (!tokens.refresh) throw new Error("no refresh token: login() first");
      const answer = await api.POST("/api/v1/auth/refresh", {
        body: { refresh_token: tokens.refresh },
      });
      return keep(unwrap(answer));
    },

    /** Revoke the access token and its refresh family on the server, and forget them. */
    async logout(): Promise<Schemas["LogoutOut"]> {
      const out = unwrap(await api.POST("/api/v1/auth/logout"));
      tokens = { access: undefined, refresh: undefined };
      return out;
    },

    /** Upload a candle file (CryptoDataDownload CSV, Binance klines or ccxt OHLCV JSON). */
    async uploadCandles(upload: CandleUpload): Promise<Schemas["CandleImportResult"]> {
      const answer = await api.POST("/api/v1/candles/import", {
        body: upload,
        bodySerializer(body) {
          const form = new FormData();
          for (const [name, value] of Object.entries(body)) {
            if (value instanceof Blob) form.append(name, value, "candles");
            else if (value !== undefined && value !== null) form.append(name, String(value));
          }
          return form;
        },
      });
      return unwrap(answer);
    },

    /** Poll a background job until it succeeds, fails or is cancelled. */
    async waitForJob(jobId: string, poll: { intervalMs?: number; timeoutMs?: number } = {}): Promise<Job> {
      const deadline = Date.now() + (poll.timeoutMs ?? 300_000);
      for (;;) {
        const job = unwrap(await api.GET("/api/v1/jobs/{job_id}", { params: { path: { job_id: jobId } } }));
        if (FINISHED.has(job.status)) return job;
        if (Date.now() > deadline) throw new Error(`job ${jobId} still ${job.status}`);
        await new Promise((resolve) => setTimeout(resolve, poll.intervalMs ?? 500));
      }
    },
  };
}

export type KalkanClient = ReturnType<typeof createKalkanClient>;
