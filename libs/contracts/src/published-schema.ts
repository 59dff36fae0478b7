export type JsonSchema = Readonly<Record<string, unknown>>;

/** One integration event type and version with its JSON Schema (draft 2020-12). */
export interface PublishedSchema {
  type: string;
  version: number;
  schema: JsonSchema;
}
