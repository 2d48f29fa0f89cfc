using System.Diagnostics;
using System.Text.Json.Nodes;
using Serverless.Shared.Api.Contract;

namespace Serverless.IntegrationTests.Api;

/// <summary>
/// The OpenAPI document served at <c>/api/openapi.json</c> passes a real validator (@apidevtools/swagger-parser, pinned
/// in tools/openapi-check and installed by <c>./wsis test</c>) and describes every route of the route table.
/// </summary>
[Collection(PlatformCollection.Name)]
public class OpenApiDocumentTests(PlatformFixture platform)
{
    [Fact]
    public async Task ServedDocument_PassesTheOpenApiValidator()
    {
        // Arrange
        var file = await SaveAsync(await platform.Http.GetStringAsync("api/openapi.json"));

        // Act
        var (exitCode, output) = await ValidateAsync(file);

        // Assert
        Assert.True(exitCode == 0, output);
        Assert.StartsWith("valid OpenAPI 3.1.0", output);
    }

    [Theory]
    [InlineData("undeclared path parameter", "does not declare its path parameter 'id'")]
    [InlineData("dangling reference", "Missing $ref pointer")]
    public async Task Validator_RejectsTheDocument_When_ItIsBroken(string breakage, string expected)
    {
        // Arrange: the served document, broken in one place.
        var document = JsonNode.Parse(await platform.Http.GetStringAsync("api/openapi.json"))!;
        var get = document["paths"]!["/api/documents/{id}"]!["get"]!.AsObject();
        if (breakage == "undeclared path parameter")
        {
            var parameters = get["parameters"]!.AsArray();
            parameters.Remove(parameters.First(p => p!["name"]!.GetValue<string>() == "id"));
        }
        else
        {
            get["responses"]!["200"]!["content"]!["application/json"]!["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/Missing" };
        }

        var file = await SaveAsync(document.ToJsonString());

        // Act
        var (exitCode, output) = await ValidateAsync(file);

        // Assert
        Assert.Equal(1, exitCode);
        Assert.StartsWith("invalid", output);
        Assert.Contains(expected, output);
    }

    [Fact]
    public async Task ServedDocument_DescribesEveryRouteOfTheTable_WithItsErrorsAsProblems()
    {
        var document = JsonNode.Parse(await platform.Http.GetStringAsync("api/openapi.json"))!;

        foreach (var operation in ApiRouteTable.Operations)
        {
            var described = document["paths"]![operation.OpenApiPath]?[operation.Method.ToLowerInvariant()];
            Assert.True(described is not null, $"{operation.Method} {operation.OpenApiPath} is not in the document.");
            Assert.Equal(operation.OperationId, described!["operationId"]!.GetValue<string>());
            foreach (var (status, response) in described["responses"]!.AsObject().Where(r => r.Key.StartsWith('4')))
            {
                Assert.True(response!["content"]?["application/problem+json"] is not null, $"{operation.OperationId} {status} is not a problem.");
            }
        }

        var operations = document["paths"]!.AsObject().Sum(p => p.Value!.AsObject().Count);
        Assert.Equal(ApiRouteTable.Operations.Sum(o => o.Methods.Count), operations);
    }

    [Fact]
    public async Task ServedDocument_DescribesTheHeadOfEveryReadRoute_AsItsGetWithoutBodies()
    {
        var document = JsonNode.Parse(await platform.Http.GetStringAsync("api/openapi.json"))!;

        foreach (var operation in ApiRouteTable.Operations.Where(o => o.Method == "GET"))
        {
            var path = document["paths"]![operation.OpenApiPath]!;
            var head = path["head"];
            Assert.True(head is not null, $"HEAD {operation.OpenApiPath} is not in the document.");
            Assert.Equal(operation.OperationId + "Head", head!["operationId"]!.GetValue<string>());
            Assert.Equal(path["get"]!["responses"]!.AsObject().Select(r => r.Key), head["responses"]!.AsObject().Select(r => r.Key));
            Assert.All(head["responses"]!.AsObject(), r => Assert.Null(r.Value!["content"]));
        }
    }

    private static async Task<string> SaveAsync(string json)
    {
        var file = Path.Combine(Path.GetTempPath(), $"wsis-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json);
        return file;
    }

    private static async Task<(int ExitCode, string Output)> ValidateAsync(string file)
    {
        var tool = Path.Combine(RepositoryRoot(), "tools", "openapi-check");
        Assert.True(File.Exists(Path.Combine(tool, "node_modules", "@apidevtools", "swagger-parser", "package.json")),
            $"The OpenAPI validator is not installed in {tool}: run ./wsis test (it installs it) or 'npm ci' there.");
        var start = new ProcessStartInfo("node", [Path.Combine(tool, "validate.mjs"), file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = tool,
        };
        using var node = Process.Start(start)!;
        var output = await node.StandardOutput.ReadToEndAsync();
        var errors = await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        File.Delete(file);
        return (node.ExitCode, (output + errors).Trim());
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Serverless.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (Serverless.sln) is not above the test assembly.");
    }
}
