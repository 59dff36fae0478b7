/**
 * Fills `{name}` placeholders. A placeholder without a value is a bug in a template or its
 * caller, so it throws instead of printing "{name}" into a document someone sends to an employer.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`template placeholder {${name}} has no value`);
    return value;
  });
}
