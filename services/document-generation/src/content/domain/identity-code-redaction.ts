/**
 * A personal identity code never appears in a CV or an application
 * (docs/domain.md#personal-data). The inputs have no field for it, but free text can still carry
 * one ("hetu 131052-308T" typed into a job description). Chosen rule: REDACT, not refuse. Every
 * substring shaped like an identity code (a plausible DDMMYY, a century sign, three digits and a
 * check character, regardless of whether the check character is right, so mistyped and temporary
 * codes are caught too) is replaced by the language's placeholder, e.g. "[poistettu]", and the
 * document records how many were replaced (never the values), so the API can tell the advisor to
 * fix the profile. Refusing would block a client's whole document for one stray string;
 * redacting keeps it usable and still never prints the code. Applied to the finished content
 * model, so no path from an input field to an output can skip it.
 */

/** Century signs: + (1800s); - Y X W V U (1900s); A B C D E F (2000s). */
const IDENTITY_CODE_SHAPE =
  /(?<![0-9A-Za-z])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[-+A-FU-Ya-fu-y]\d{3}[0-9A-Za-z](?![0-9A-Za-z])/g;

export function redactIdentityCodes(text: string, placeholder: string): { text: string; count: number } {
  let count = 0;
  const redacted = text.replace(IDENTITY_CODE_SHAPE, () => {
    count++;
    return placeholder;
  });
  return { text: redacted, count };
}

export function containsIdentityCode(text: string): boolean {
  return new RegExp(IDENTITY_CODE_SHAPE.source).test(text);
}

/**
 * Returns a copy of `value` with every string in it (in arrays and plain objects, at any depth)
 * redacted, and the number of codes replaced. Other objects (a Date) are kept as they are.
 */
export function redactDeep<T>(value: T, placeholder: string): { value: T; count: number } {
  let count = 0;
  const visit = (node: unknown): unknown => {
    if (typeof node === 'string') {
      const result = redactIdentityCodes(node, placeholder);
      count += result.count;
      return result.text;
    }
    if (Array.isArray(node)) return node.map(visit);
    // Tag check rather than prototype identity: objects may come from another realm (structuredClone, vm).
    if (Object.prototype.toString.call(node) === '[object Object]') {
      return Object.fromEntries(Object.entries(node as object).map(([key, child]) => [key, visit(child)]));
    }
    return node;
  };
  return { value: visit(value) as T, count };
}
