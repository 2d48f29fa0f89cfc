using System.Text.Json.Nodes;

namespace Serverless.InfraTests;

/// <summary>
/// Every template and parameters file under infra/ builds with the Bicep CLI from NuGet, with no error and
/// no linter diagnostic at all (infra/bicepconfig.json raises the linter rules to error).
/// </summary>
public sealed class BicepBuildTests
{
    /// <summary>Rules left off in bicepconfig.json, each for a stated reason.</summary>
    private static readonly Dictionary<string, string> RulesLeftOff = new(StringComparer.Ordinal)
    {
        // Its verdict depends on today's date, so an untouched repository would start failing CI one day.
        ["use-recent-api-versions"] = "date-dependent",
    };

    public static TheoryData<string> Templates() => new(RepositoryPaths.BicepTemplates());

    public static TheoryData<string> ParameterFiles() => new(RepositoryPaths.BicepParameterFiles());

    [Fact]
    public void FindsTemplatesAndParameterFiles_When_InfraIsScanned()
    {
        Assert.Contains(Path.Combine("infra", "main.bicep"), RepositoryPaths.BicepTemplates());
        Assert.True(RepositoryPaths.BicepTemplates().Count() > 1, "main.bicep and its modules");
        Assert.Contains(Path.Combine("infra", "parameters", "dev.bicepparam"), RepositoryPaths.BicepParameterFiles());
        Assert.Contains(Path.Combine("infra", "parameters", "prod.bicepparam"), RepositoryPaths.BicepParameterFiles());
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void BuildsWithNoErrorOrWarning_When_TemplateIsCompiled(string template)
    {
        var result = BicepCli.Run("build", template, "--stdout");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Empty(result.Diagnostics);
        Assert.True(string.IsNullOrWhiteSpace(result.StandardError), result.StandardError);
        Assert.NotNull(JsonNode.Parse(result.StandardOutput)?["resources"]);
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void BuildsWithNoErrorOrWarning_When_ParametersFileIsCompiled(string parametersFile)
    {
        var result = BicepCli.Run("build-params", parametersFile, "--stdout");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Empty(result.Diagnostics);
        Assert.True(string.IsNullOrWhiteSpace(result.StandardError), result.StandardError);
        var parameters = JsonNode.Parse(result.StandardOutput)?["parametersJson"]?.GetValue<string>();
        Assert.NotNull(JsonNode.Parse(parameters!)?["parameters"]?["environmentName"]);
    }

    [Fact]
    public void RaisesEveryLinterRuleToWarningOrError_When_ConfigIsRead()
    {
        var rules = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Infra, "bicepconfig.json")))!
            ["analyzers"]!["core"]!["rules"]!.AsObject();

        Assert.True(rules.Count >= 30, $"only {rules.Count} rules configured");
        foreach (var (name, rule) in rules)
        {
            var level = (string?)rule!["level"];
            if (RulesLeftOff.ContainsKey(name))
            {
                Assert.Equal("off", level);
                continue;
            }

            Assert.True(level is "warning" or "error", $"{name} is at level '{level}'");
        }
    }

    [Fact]
    public void FailsWithLinterDiagnostic_When_TemplateBreaksALintRule()
    {
        // Arrange: a template with an unused parameter, next to a copy of the repository's linter settings.
        var directory = Directory.CreateTempSubdirectory("infra-lint-");
        try
        {
            File.Copy(Path.Combine(RepositoryPaths.Infra, "bicepconfig.json"), Path.Combine(directory.FullName, "bicepconfig.json"));
            File.WriteAllText(Path.Combine(directory.FullName, "bad.bicep"), "param unusedName string\n");

            // Act
            var result = BicepCli.RunIn(directory.FullName, "build", "bad.bicep", "--stdout");

            // Assert: the strict configuration turns the finding into a failure.
            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains(result.Diagnostics, line => line.Contains("no-unused-params", StringComparison.Ordinal));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
