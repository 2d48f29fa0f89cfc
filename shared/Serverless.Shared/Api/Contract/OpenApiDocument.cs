using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace Serverless.Shared.Api.Contract;

/// <summary>
/// The API's OpenAPI 3.1 document, generated from <see cref="ApiRouteTable"/>; the schemas of bodies and answers come
/// from the .NET types themselves (System.Text.Json's schema exporter, with the API's JSON conventions), so a renamed
/// property changes the document too.
/// </summary>
public static class OpenApiDocument
{
    private static readonly Lazy<string> Json = new(() => Build().ToJsonString(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }));

    /// <summary>The document as JSON text (built once).</summary>
    public static string Text => Json.Value;

    public static JsonObject Build()
    {
        var schemas = new SchemaCatalog();
        var paths = new JsonObject();
        foreach (var group in ApiRouteTable.Operations.GroupBy(o => o.OpenApiPath))
        {
            var item = new JsonObject();
            foreach (var operation in group)
            {
                var described = Operation(operation, schemas);
                item[operation.Method.ToLowerInvariant()] = described;
                if (operation.Methods.Contains("HEAD"))
                {
                    item["head"] = HeadOperation(operation, described);
                }
            }

            paths[group.Key] = item;
        }

        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = "WSIS document platform",
                ["version"] = "1",
                ["description"] = "Contributions to the Secretary-General's WSIS report: documents, their paragraphs labelled by action line and " +
                                  "requesting body, reviewers' corrections and the yearly summary. Errors are RFC 9457 problem details " +
                                  "(application/problem+json). Lists are read page by page: follow the Link: rel=\"next\" header.",
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "/" }),
            ["tags"] = new JsonArray(ApiRouteTable.Operations.Select(o => o.Tag).Distinct().Select(t => (JsonNode)new JsonObject { ["name"] = t }).ToArray()),
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas.Components,
                ["securitySchemes"] = new JsonObject
                {
                    ["functionKey"] = new JsonObject
                    {
                        ["type"] = "apiKey",
                        ["in"] = "header",
                        ["name"] = "x-functions-key",
                        ["description"] = "In Azure, routes that change data need a function key; the local host asks for none.",
                    },
                },
            },
        };
    }

    /// <summary>The HEAD of a read route: its GET's parameters and statuses, without the bodies.</summary>
    private static JsonObject HeadOperation(ApiOperation operation, JsonObject get)
    {
        var head = get.DeepClone().AsObject();
        head["operationId"] = operation.OperationId + "Head";
        head["summary"] = "The status and headers GET answers, without its body.";
        head.Remove("description");
        if (head["responses"] is JsonObject responses)
        {
            foreach (var (_, response) in responses)
            {
                (response as JsonObject)?.Remove("content");
            }
        }

        return head;
    }

    private static JsonObject Operation(ApiOperation operation, SchemaCatalog schemas)
    {
        var parameters = new JsonArray();
        foreach (var segment in operation.Segments.Where(s => s.IsParameter))
        {
            parameters.Add(new JsonObject
            {
                ["name"] = segment.Name,
                ["in"] = "path",
                ["required"] = true,
                ["schema"] = new JsonObject { ["type"] = segment.Constraint == "int" ? "integer" : "string" },
            });
        }

        foreach (var parameter in operation.Query)
        {
            parameters.Add(Parameter(parameter, "query"));
        }

        foreach (var parameter in operation.Headers)
        {
            // Uploads take these as query values or headers; the query form is the one documented as a parameter.
            parameters.Add(Parameter(parameter with { Description = parameter.Description + " May also be sent as a header of the same name." }, "query"));
        }

        if (operation.Conditional)
        {
            parameters.Add(new JsonObject
            {
                ["name"] = "If-None-Match",
                ["in"] = "header",
                ["description"] = "The ETag of the copy held: 304 without a body when it is still current.",
                ["schema"] = new JsonObject { ["type"] = "string" },
            });
        }

        var result = new JsonObject
        {
            ["operationId"] = operation.OperationId,
            ["tags"] = new JsonArray(operation.Tag),
            ["summary"] = operation.Summary,
        };
        if (operation.Description is not null)
        {
            result["description"] = operation.Description;
        }

        if (parameters.Count > 0)
        {
            result["parameters"] = parameters;
        }

        if (operation.RequestBody is { } body)
        {
            var media = new JsonObject
            {
                ["schema"] = body.Schema is null ? new JsonObject { ["type"] = "string", ["contentMediaType"] = body.ContentType } : schemas.Reference(body.Schema),
            };
            if (body.Example is not null)
            {
                media["example"] = JsonSerializer.SerializeToNode(body.Example, ApiJson.Options);
            }

            result["requestBody"] = new JsonObject
            {
                ["description"] = body.Description,
                ["required"] = body.Required,
                ["content"] = new JsonObject { [body.ContentType] = media },
            };
        }

        var responses = new JsonObject();
        foreach (var response in operation.Responses)
        {
            responses[response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = Response(operation, response, schemas);
        }

        result["responses"] = responses;
        if (operation.NeedsKey)
        {
            result["security"] = new JsonArray(new JsonObject { ["functionKey"] = new JsonArray() });
        }

        return result;
    }

    private static JsonObject Parameter(ApiParameter parameter, string location)
    {
        var schema = new JsonObject { ["type"] = parameter.Type };
        if (parameter.Allowed is { } allowed)
        {
            schema["enum"] = new JsonArray(allowed.Select(a => (JsonNode)JsonValue.Create(a)).ToArray());
        }

        var result = new JsonObject
        {
            ["name"] = parameter.Name,
            ["in"] = location,
            ["description"] = parameter.Description,
            ["required"] = parameter.Required,
            ["schema"] = schema,
        };
        if (parameter.Example is not null)
        {
            result["example"] = parameter.Type == "integer" ? JsonValue.Create(int.Parse(parameter.Example, System.Globalization.CultureInfo.InvariantCulture)) : parameter.Example;
        }

        return result;
    }

    private static JsonObject Response(ApiOperation operation, ApiResponse response, SchemaCatalog schemas)
    {
        var result = new JsonObject { ["description"] = response.Description };
        var headers = new JsonObject();
        if (operation.Paged && response.Status == 200)
        {
            headers["Link"] = Header("Where the next page is (rel=\"next\"), absent on the last page.");
        }

        if (operation.Conditional && response.Status is 200 or 304)
        {
            headers["ETag"] = Header("The version of the answer, for If-None-Match.");
        }

        if (response.Status == 202 || response.Status == 201)
        {
            headers["Location"] = Header("Where to follow the new resource.");
        }

        if (headers.Count > 0)
        {
            result["headers"] = headers;
        }

        if (response.ContentType is null)
        {
            return result;
        }

        var content = new JsonObject();
        var schema = response.Schema is null ? (JsonNode)new JsonObject { ["type"] = "string" } : schemas.Reference(response.Schema);
        content[response.ContentType] = new JsonObject { ["schema"] = schema };
        foreach (var other in response.OtherContentTypes)
        {
            content[other] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string" } };
        }

        result["content"] = content;
        return result;
    }

    private static JsonObject Header(string description) => new()
    {
        ["description"] = description,
        ["schema"] = new JsonObject { ["type"] = "string" },
    };

    /// <summary>The component schemas, one per .NET type, exported with the API's own serializer options.</summary>
    private sealed class SchemaCatalog
    {
        private static readonly JsonSerializerOptions Options = new(ApiJson.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

        public JsonObject Components { get; } = new();

        public JsonObject Reference(Type type)
        {
            if (type.IsArray)
            {
                return new JsonObject { ["type"] = "array", ["items"] = Reference(type.GetElementType()!) };
            }

            if (!Components.ContainsKey(type.Name))
            {
                var schema = JsonSchemaExporter.GetJsonSchemaAsNode(Options, type, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });
                Anchor(schema, "#/components/schemas/" + type.Name);
                Components[type.Name] = schema;
            }

            return new JsonObject { ["$ref"] = "#/components/schemas/" + type.Name };
        }

        /// <summary>
        /// The exporter writes a type met twice as a reference relative to its own root (<c>#/properties/...</c>);
        /// under <c>components/schemas</c> that root has a longer address.
        /// </summary>
        private static void Anchor(JsonNode? node, string root)
        {
            switch (node)
            {
                case JsonObject obj:
                    if (obj["$ref"] is JsonValue reference && reference.GetValue<string>() is { } target && target.StartsWith("#", StringComparison.Ordinal))
                    {
                        obj["$ref"] = root + target[1..];
                    }

                    foreach (var (_, child) in obj.ToArray())
                    {
                        Anchor(child, root);
                    }

                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        Anchor(child, root);
                    }

                    break;
            }
        }
    }
}
