import { Type, type Platform, type TransformContext } from '@mikro-orm/core';
import { decryptPii, isEncrypted, sealPii } from '../pii-crypto';

/**
 * A text column encrypted at rest (db/src/pii-crypto.ts): entities hold plaintext, the column
 * holds `enc:v1:<key id>:…`. MikroORM snapshots entities through convertToDatabaseValue in
 * 'serialization' mode to detect changes; there the plaintext is returned, because a random IV
 * would make every flush see a change. Sealing is idempotent, so a value already sealed is
 * never sealed twice.
 */
export class EncryptedText extends Type<string | null | undefined, string | null | undefined> {
  override convertToDatabaseValue(
    value: string | null | undefined,
    _platform: Platform,
    context?: TransformContext,
  ): string | null | undefined {
    if (value == null) return value;
    if (context?.mode === 'serialization') return isEncrypted(value) ? decryptPii(value) : value;
    return sealPii(value);
  }

  override convertToJSValue(value: string | null | undefined): string | null | undefined {
    return value == null ? value : decryptPii(value);
  }

  override compareAsType(): string {
    return 'string';
  }

  override getColumnType(): string {
    return 'text';
  }
}
