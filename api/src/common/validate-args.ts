import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

/**
 * What type-graphql's own argument validation passes to class-validator for this schema's
 * `validate` settings (skipMissingProperties and forbidUnknownValues are its defaults).
 */
const OPTIONS: ValidatorOptions = {
  forbidUnknownValues: false,
  skipMissingProperties: true,
  validationError: { target: false, value: false },
};

/**
 * class-validator on every object argument, exactly as type-graphql's built-in validation does
 * it (`validate` option), but with class-validator imported once: type-graphql's version runs
 * `await import('class-validator')` for every validated argument of every resolver call, and
 * each dynamic import goes through Node's module resolution hooks (the SWC loader's worker
 * thread) — ~10 % of the API's CPU on the archive (docs/performance.md). Same errors:
 * ArgumentValidationError with class-validator's errors (common/format-error.ts names the fields).
 */
export const validateArgs: ValidatorFn = async (argValue) => {
  if (argValue === null || typeof argValue !== 'object') return;
  try {
    if (Array.isArray(argValue)) {
      await Promise.all(
        argValue
          .filter((item): item is object => item !== null && typeof item === 'object')
          .map((item) => validateOrReject(item, OPTIONS)),
      );
    } else {
      await validateOrReject(argValue, OPTIONS);
    }
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
};
