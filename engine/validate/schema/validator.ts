// The shape of the functions in validator.generated.js (ajv standalone output), without depending on ajv's types.

export interface SchemaError {
  /** JSON Pointer to the value, from the object that was validated: `/Retry/0/MaxAttempts`. */
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, any>;
  message?: string;
  /** With `verbose`: the schema object that holds the failing keyword; its `title` words our messages. */
  parentSchema?: { title?: string; [k: string]: unknown };
  data?: unknown;
}

export interface ValidateFunction {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
