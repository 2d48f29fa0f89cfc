using System.Text.Json.Nodes;

namespace Serverless.InfraTests;

/// <summary>
/// An ARM template compiled from Bicep, with helpers to walk its resources, including those of the nested
/// deployments Bicep emits for modules. Resources are an array, or an object keyed by symbolic name
/// (languageVersion 2.0); both are handled.
/// </summary>
public sealed class CompiledTemplate
{
    private static readonly Lazy<CompiledTemplate> MainTemplate = new(() => Build(Path.Combine("infra", "main.bicep")));

    private CompiledTemplate(JsonObject root, string text)
    {
        Root = root;
        Text = text;
    }

    /// <summary>infra/main.bicep, compiled once per test run.</summary>
    public static CompiledTemplate Main => MainTemplate.Value;

    public JsonObject Root { get; }

    /// <summary>The compiled JSON as printed by the CLI.</summary>
    public string Text { get; }

    public static CompiledTemplate Build(string relativePath)
    {
        var result = BicepCli.Run("build", relativePath, "--stdout");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep build {relativePath} failed: {result.Describe()}");
        }

        var root = JsonNode.Parse(result.StandardOutput)?.AsObject()
            ?? throw new InvalidOperationException($"bicep build {relativePath} printed no template.");
        return new CompiledTemplate(root, result.StandardOutput);
    }

    /// <summary>Default value of a parameter of the top-level template.</summary>
    public JsonNode? ParameterDefault(string name) => Root["parameters"]?[name]?["defaultValue"];

    /// <summary>The template of the module deployed under the given deployment name (e.g. "storage").</summary>
    public JsonObject ModuleTemplate(string deploymentName) => Module(deploymentName)["properties"]!["template"]!.AsObject();

    /// <summary>The nested deployment resource of a module.</summary>
    public JsonObject Module(string deploymentName) =>
        ResourcesOf(Root).Single(r => (string?)r["type"] == "Microsoft.Resources/deployments" && (string?)r["name"] == deploymentName);

    /// <summary>Every resource of the template and of the templates of its nested deployments, with its template.</summary>
    public IEnumerable<(JsonObject Resource, JsonObject Template)> AllResources() => Walk(Root);

    /// <summary>Every resource of one type, anywhere in the template.</summary>
    public IReadOnlyList<(JsonObject Resource, JsonObject Template)> ResourcesOfType(string type) =>
        AllResources().Where(r => string.Equals((string?)r.Resource["type"], type, StringComparison.OrdinalIgnoreCase)).ToArray();

    public static IEnumerable<JsonObject> ResourcesOf(JsonObject template) => template["resources"] switch
    {
        JsonArray array => array.OfType<JsonObject>(),
        JsonObject keyed => keyed.Select(pair => pair.Value).OfType<JsonObject>(),
        _ => [],
    };

    /// <summary>
    /// Resolves a value that is a plain <c>[variables('x')]</c> reference to the variable's JSON; anything else
    /// is returned as it is.
    /// </summary>
    public static JsonNode? ResolveVariable(JsonObject template, JsonNode? value)
    {
        if (value is JsonValue v && v.TryGetValue<string>(out var text)
            && text.StartsWith("[variables('", StringComparison.Ordinal) && text.EndsWith("')]", StringComparison.Ordinal))
        {
            var name = text["[variables('".Length..^"')]".Length];
            return template["variables"]?[name];
        }

        return value;
    }

    private static IEnumerable<(JsonObject, JsonObject)> Walk(JsonObject template)
    {
        foreach (var resource in ResourcesOf(template))
        {
            yield return (resource, template);
            if (resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Walk(nested))
                {
                    yield return inner;
                }
            }
        }
    }
}
