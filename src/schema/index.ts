export { CriteriaSchema, SchemaCriterion, SchemaOption } from './schema.ts';
export { SchemaError, schemaFromTsv, checkSchema, loadSchemaFile, bundledSchemas } from './load.ts';
export { pickSchema, resolveSchema, type SchemaHints } from './registry.ts';
