import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { ConfigError, loadSettings } from './config';

/**
 * Encryption at rest for PII (employee email and phone) and webhook signing secrets:
 * AES-256-GCM with a random 96-bit IV per value. A stored value reads
 * `enc:v1:<key id>:<base64(iv ‖ tag ‖ ciphertext)>`, so it names the key that sealed it and
 * keys can rotate: add a key to PII_KEYS, make it active, run `pnpm pii:reencrypt`, then drop
 * the old key. Values without the prefix are plaintext from before encryption (or from a bulk
 * loader) and read as they are; the re-encrypt command seals them too.
 */

const PREFIX = 'enc:v1:';
const DEV_KEY_ID = 'dev';
/** Protects nothing (it is in the source): only so development works without configuration. */
const DEV_KEY = createHash('sha256').update('talentloop-development-pii-key').digest();

export interface KeyRing {
  activeId: string;
  keys: Map<string, Buffer>;
}

/** Parses `id:base64[,id:base64…]`; throws a ConfigError naming the variable on a bad entry. */
export function parseKeyRing(spec: string | undefined, active: string | undefined): KeyRing {
  if (!spec) {
    const keys = new Map([[DEV_KEY_ID, DEV_KEY]]);
    return { activeId: DEV_KEY_ID, keys };
  }
  const keys = new Map<string, Buffer>();
  for (const entry of spec
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const at = entry.indexOf(':');
    const id = entry.slice(0, at);
    const key = Buffer.from(entry.slice(at + 1), 'base64');
    if (at < 1 || !/^[A-Za-z0-9_-]{1,32}$/.test(id) || key.length !== 32)
      throw new ConfigError(
        'Invalid configuration — PII_KEYS: each entry is <id>:<base64 of 32 bytes> (id: letters, digits, _ or -)',
      );
    keys.set(id, key);
  }
  if (keys.size === 0) throw new ConfigError('Invalid configuration — PII_KEYS: no key');
  const activeId = active ?? [...keys.keys()].at(-1)!;
  if (!keys.has(activeId))
    throw new ConfigError(`Invalid configuration — PII_ACTIVE_KEY: "${activeId}" is not in PII_KEYS`);
  return { activeId, keys };
}

let ring: KeyRing | null = null;

/** The process's key ring, from PII_KEYS / PII_ACTIVE_KEY (read once). */
export function keyRing(): KeyRing {
  if (!ring) {
    const env = loadSettings(['PII_KEYS', 'PII_ACTIVE_KEY']);
    ring = parseKeyRing(env.PII_KEYS, env.PII_ACTIVE_KEY);
  }
  return ring;
}

/** Tests and the re-encrypt command: use this ring instead of the environment's. */
export function setKeyRing(next: KeyRing | null): void {
  ring = next;
}

export function isEncrypted(value: string): boolean {
  return value.startsWith(PREFIX);
}

/** The key id a stored value was sealed with; null for plaintext. */
export function keyIdOf(value: string): string | null {
  if (!isEncrypted(value)) return null;
  return value.slice(PREFIX.length, value.indexOf(':', PREFIX.length));
}

export function encryptPii(plain: string, keys: KeyRing = keyRing()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keys.keys.get(keys.activeId)!, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${PREFIX}${keys.activeId}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

/** Plaintext of a stored value; plaintext passes through. Throws on an unknown key or a forged value. */
export function decryptPii(stored: string, keys: KeyRing = keyRing()): string {
  if (!isEncrypted(stored)) return stored;
  const id = keyIdOf(stored)!;
  const key = keys.keys.get(id);
  if (!key) throw new Error(`PII value sealed with key "${id}", which PII_KEYS does not hold`);
  const raw = Buffer.from(stored.slice(PREFIX.length + id.length + 1), 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

/** Null-tolerant forms for nullable columns. */
export function sealPii(value: string | null | undefined): string | null {
  if (value == null) return null;
  return isEncrypted(value) ? value : encryptPii(value);
}

export function openPii(value: string | null | undefined): string | null {
  return value == null ? null : decryptPii(value);
}
