import { isIP } from "node:net";

// Who is on the other end of a request, for per-client sign-in limits and the security log.
//
// The production server (server/request-handler.ts) deletes any incoming `x-client-address` header and sets it to
// the socket's remote address before Next sees the request, so that header cannot be forged. With
// TRUST_PROXY=N, N reverse proxies in front of us each append the address they received the request from
// to X-Forwarded-For: the client is then the N-th entry from the right — entries further left were written
// by the client itself and prove nothing. Under `next dev` there is no such server: the address is unknown.

/** Header set by our own server from the socket; never trusted from outside (the server overwrites it). */
export const CLIENT_ADDRESS_HEADER = "x-client-address";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/** A bare IPv4 or IPv6 address ("::ffff:10.0.0.1" → "10.0.0.1"), or null for anything else. */
export function normaliseAddress(value: string | undefined): string | null {
  if (!value) return null;
  let address = value.trim();
  if (address.length > 64) return null;
  if (address.startsWith("[") && address.includes("]")) address = address.slice(1, address.indexOf("]")); // "[::1]:443"
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) address = mapped[1];
  return isIP(address) ? address.toLowerCase() : null;
}

/**
 * The client's address: the socket's (as set by our server) unless `trustedProxyHops` proxies are declared,
 * in which case the entry those proxies vouch for in X-Forwarded-For. Null when unknown or malformed.
 */
export function clientAddressOf(headers: HeaderSource, trustedProxyHops: number): string | null {
  const socketAddress = normaliseAddress(headerValue(headers, CLIENT_ADDRESS_HEADER));
  if (trustedProxyHops <= 0) return socketAddress;
  const forwarded = (headerValue(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // The nearest proxy's own address is the socket's; each proxy before it appended one entry.
  if (forwarded.length === 0) return socketAddress;
  // Fewer entries than proxies: the request skipped a proxy, so the furthest entry is the best we know.
  return normaliseAddress(forwarded[Math.max(0, forwarded.length - trustedProxyHops)]);
}
