import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/**
 * Which webhook targets are allowed: http(s) only, and — unless private targets are allowed
 * (development, tests, WEBHOOK_ALLOW_PRIVATE=true) — no loopback, private, link-local,
 * unique-local or unspecified addresses, by literal or by what the host name resolves to. The
 * check runs when a subscription is created and again before every delivery (DNS may change).
 */
export type UrlProblem = 'SCHEME' | 'INVALID' | 'PRIVATE_TARGET' | 'CREDENTIALS';

function privateV4(ip: string): boolean {
  const [a, b] = ip.split('.').map(Number) as [number, number];
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}

export function isPrivateAddress(ip: string): boolean {
  const v = isIP(ip);
  if (v === 4) return privateV4(ip);
  if (v !== 6) return true;
  const lower = ip.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return privateV4(mapped[1]!);
  // WHATWG URL parsing writes a mapped IPv4 in hex: [::ffff:127.0.0.1] → [::ffff:7f00:1].
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) {
    const [hi, lo] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
    return privateV4(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
  }
  return (
    lower === '::' ||
    lower === '::1' ||
    lower.startsWith('fc') ||
    lower.startsWith('fd') ||
    /^fe[89ab]/.test(lower) ||
    lower.startsWith('ff')
  );
}

export async function checkWebhookUrl(raw: string, allowPrivate: boolean): Promise<UrlProblem | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'INVALID';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'SCHEME';
  if (url.username || url.password) return 'CREDENTIALS';
  if (allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return isPrivateAddress(host) ? 'PRIVATE_TARGET' : null;
  if (host === 'localhost' || host.endsWith('.localhost')) return 'PRIVATE_TARGET';
  try {
    const addresses = await lookup(host, { all: true });
    return addresses.some((a) => isPrivateAddress(a.address)) ? 'PRIVATE_TARGET' : null;
  } catch {
    // Unresolvable now: allowed at creation (it may resolve later); each delivery checks again.
    return null;
  }
}
