import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, type ValidationError } from 'class-validator';

/** Start-up refused: names every bad variable and why, never its value (it may be a secret). */
export class ConfigValidationError extends Error {
  constructor(readonly problems: readonly { variable: string; reasons: string[] }[]) {
    super(
      `Invalid configuration (${problems.length} variable${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${p.variable}: ${p.reasons.join('; ')}`).join('\n'),
    );
    this.name = 'ConfigValidationError';
  }
}

/**
 * Reads the environment into an instance of `schemaClass`: class-validator decorators say what
 * is valid, property initialisers are the local defaults. Only the variables the class
 * declares are read; an empty variable counts as unset (compose files often write `X=`).
 * Numbers are converted from the declared property type; use `@EnvBoolean()` / `@EnvList()`
 * for booleans and comma lists.
 */
export function loadConfig<T extends object>(
  schemaClass: new () => T,
  env: NodeJS.ProcessEnv = process.env,
): T {
  const plain: Record<string, string> = {};
  for (const variable of declaredVariables(schemaClass)) {
    const value = env[variable];
    if (value !== undefined && value.trim() !== '') plain[variable] = value.trim();
  }
  const config = plainToInstance(schemaClass, plain, { enableImplicitConversion: true, exposeDefaultValues: true });
  const errors = validateSync(config, { forbidUnknownValues: false });
  if (errors.length > 0) throw new ConfigValidationError(groupByVariable(errors.flatMap((e) => describe(e))));
  return config;
}

function declaredVariables(schemaClass: new () => object): Set<string> {
  const validated = getMetadataStorage()
    .getTargetValidationMetadatas(schemaClass, '', true, false)
    .map((m) => m.propertyName);
  return new Set([...Object.keys(new schemaClass()), ...validated]);
}

function groupByVariable(problems: { variable: string; reason: string }[]): { variable: string; reasons: string[] }[] {
  const grouped = new Map<string, string[]>();
  for (const { variable, reason } of problems) grouped.set(variable, [...(grouped.get(variable) ?? []), reason]);
  return [...grouped].map(([variable, reasons]) => ({ variable, reasons }));
}

function describe(error: ValidationError, prefix = ''): { variable: string; reason: string }[] {
  const variable = prefix + error.property;
  // Decorators run bottom-up: reversed, the reasons read in the order the class declares them.
  const own = Object.values(error.constraints ?? {}).reverse().map((message) => ({
    variable,
    // class-validator messages start with the property name; the variable is named already.
    reason: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
  }));
  return [...own, ...(error.children ?? []).flatMap((child) => describe(child, `${variable}.`))];
}
