import { request as httpRequest, type IncomingMessage } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

// A plain HTTP client for the page cache's tests: it sends exactly the headers given (fetch and
// Playwright add their own Accept-Encoding) and shows what came over the wire, body decoded.

export type Sent = { status: number; headers: IncomingMessage["headers"]; body: Buffer; text: string };

function decode(encoding: string | undefined, body: Buffer): Buffer {
  if (!encoding || encoding === "identity") return body;
  if (encoding === "gzip") return gunzipSync(body);
  if (encoding === "br") return brotliDecompressSync(body);
  if (encoding === "deflate") return inflateSync(body);
  throw new Error(`Unknown content-encoding ${encoding}`);
}

/** One request with exactly these headers (fetch would add its own Accept-Encoding); the body decoded. */
export function send(origin: string, path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${origin}${path}`, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const body = Buffer.concat(chunks);
        const text =
          method === "HEAD" || response.statusCode === 304 ? "" : decode(response.headers["content-encoding"], body).toString("utf8");
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body, text });
      });
    });
    request.on("error", reject);
    request.end();
  });
}
