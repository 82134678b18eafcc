import { Type } from '@mikro-orm/core';
import { decryptPii, encryptPii, isEncrypted, keyRing } from '../pii-crypto';

/**
 * A text column encrypted at rest (db/src/pii-crypto.ts): entities hold plaintext, the column
 * holds `enc:v1:<key id>:…`.
 *
 * MikroORM detects changes by comparing database values (convertToDatabaseValue of the
 * current state against that of the loaded state), and it inserts the same converted values.
 * A fresh random IV on every conversion would make every flush see a change, so conversions
 * remember plaintext → ciphertext (bounded; also filled when a value is read): the same
 * plaintext converts to the ciphertext already stored. A forgotten entry costs one harmless
 * re-write of the same plaintext, never a wrong value.
 */
const remembered = new Map<string, string>();
const REMEMBER = 50_000;

function remember(plain: string, sealed: string): void {
  if (remembered.size >= REMEMBER) remembered.delete(remembered.keys().next().value!);
  remembered.set(plain, sealed);
}

export class EncryptedText extends Type<string | null | undefined, string | null | undefined> {
  override convertToDatabaseValue(value: string | null | undefined): string | null | undefined {
    if (value == null || isEncrypted(value)) return value;
    const known = remembered.get(value);
    // Sealed with a key that is no longer active (rotation): seal again.
    if (known && known.startsWith(`enc:v1:${keyRing().activeId}:`)) return known;
    const sealed = encryptPii(value);
    remember(value, sealed);
    return sealed;
  }

  override convertToJSValue(value: string | null | undefined): string | null | undefined {
    if (value == null || !isEncrypted(value)) return value;
    const plain = decryptPii(value);
    remember(plain, value);
    return plain;
  }

  override compareAsType(): string {
    return 'string';
  }

  override getColumnType(): string {
    return 'text';
  }
}
