using System.Reflection;
using System.Text.Json;
using Serverless.UnitTests;

namespace Serverless.IntegrationTests.Hosting;

/// <summary>
/// What the Functions app deploys: the pipeline and the API, not the tools that measure or train the classifier
/// (<c>shared/Serverless.Evaluation</c>, <c>shared/Serverless.Training</c>). The app's own build output is read, as
/// publishing would take it: its dependency manifest lists every assembly that ships with it.
/// </summary>
public class FunctionsAppContentsTests
{
    [Fact]
    public void FunctionsApp_ShipsNoEvaluationOrTraining_When_Built()
    {
        var libraries = FunctionsAppLibraries();

        Assert.Contains("Serverless.Shared", libraries);
        Assert.DoesNotContain("Serverless.Evaluation", libraries);
        Assert.DoesNotContain("wsis-train", libraries);
        Assert.DoesNotContain(libraries, name => name == "Microsoft.ML" || name.StartsWith("Microsoft.ML.", StringComparison.Ordinal));
    }

    [Fact]
    public void SharedAssembly_HoldsNoEvaluationType_When_Deployed()
    {
        var shared = typeof(Serverless.Shared.Api.ApiRoutes).Assembly;
        var evaluation = typeof(Serverless.Evaluation.ClassifierEvaluation).Assembly;

        Assert.NotEqual(shared, evaluation);
        Assert.DoesNotContain(shared.GetTypes(), t => t.Namespace?.Split('.').Contains("Evaluation") == true);
        Assert.DoesNotContain(shared.GetReferencedAssemblies(), a => a.Name == evaluation.GetName().Name);
    }

    /// <summary>The library names (without versions) of the Functions app's <c>.deps.json</c>, built with this test run's configuration.</summary>
    private static string[] FunctionsAppLibraries()
    {
        var configuration = typeof(FunctionsAppContentsTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var output = Path.Combine(CorpusFiles.RepositoryRoot, "functions", "Serverless.Functions", "bin", configuration, "net10.0");
        var manifest = Path.Combine(output, "Serverless.Functions.deps.json");
        Assert.True(File.Exists(manifest), $"The Functions app is built with the tests (a project reference), so {manifest} should exist.");

        using var document = JsonDocument.Parse(File.ReadAllText(manifest));
        return document.RootElement.GetProperty("libraries").EnumerateObject().Select(library => library.Name.Split('/')[0]).ToArray();
    }
}
