// Validates an OpenAPI document with @apidevtools/swagger-parser (the OpenAPI 3.x schema, resolvable references),
// plus the rules of the specification that the parser checks only for Swagger 2.0: every parameter of a path template is
// declared as a path parameter of each of its operations, and operation ids are unique.
// Usage: node validate.mjs openapi.json   Prints one line; exit code 0 when valid, 1 when not.
import SwaggerParser from "@apidevtools/swagger-parser";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const file = process.argv[2];
if (!file) {
  console.error("usage: node validate.mjs openapi.json");
  process.exit(2);
}

try {
  const api = await SwaggerParser.validate(file);
  const ids = new Set();
  for (const [path, item] of Object.entries(api.paths)) {
    const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const [method, operation] of Object.entries(item).filter(([key]) => METHODS.includes(key))) {
      const declared = [...(item.parameters ?? []), ...(operation.parameters ?? [])].filter((p) => p.in === "path").map((p) => p.name);
      for (const name of names) {
        if (!declared.includes(name)) throw new Error(`${method.toUpperCase()} ${path} does not declare its path parameter '${name}'`);
      }
      if (operation.operationId && ids.has(operation.operationId)) throw new Error(`operationId '${operation.operationId}' is used twice`);
      ids.add(operation.operationId);
    }
  }
  const operations = Object.values(api.paths).reduce((n, item) => n + Object.keys(item).length, 0);
  console.log(`valid OpenAPI ${api.openapi}: ${Object.keys(api.paths).length} paths, ${operations} operations`);
} catch (error) {
  console.log(`invalid: ${error.message}`);
  process.exit(1);
}
