using System.Text.Json.Nodes;

namespace Serverless.InfraTests;

/// <summary>The parameters of every environment's .bicepparam file, built once per test run.</summary>
internal static class CompiledParameters
{
    public static readonly Lazy<IReadOnlyList<JsonNode>> All = new(() => RepositoryPaths.BicepParameterFiles()
        .Select(file =>
        {
            var result = BicepCli.Run("build-params", file, "--stdout");
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"bicep build-params {file} failed: {result.Describe()}");
            }

            return JsonNode.Parse(JsonNode.Parse(result.StandardOutput)!["parametersJson"]!.GetValue<string>())!["parameters"]!;
        })
        .ToArray());
}
