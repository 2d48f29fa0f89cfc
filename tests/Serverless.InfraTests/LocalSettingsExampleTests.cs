using System.Globalization;
using System.Text.Json.Nodes;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.InfraTests;

/// <summary>The committed local.settings.example.json runs the Functions app against Azurite with the code's defaults.</summary>
public sealed class LocalSettingsExampleTests
{
    [Fact]
    public void PointsAtAzuriteWithCodeDefaults_When_LocalSettingsExampleIsRead()
    {
        var values = JsonNode.Parse(File.ReadAllText(RepositoryPaths.LocalSettingsExample))!;
        var settings = values["Values"]!;
        var defaults = new PipelineOptions();

        Assert.False((bool?)values["IsEncrypted"]);
        Assert.Equal("UseDevelopmentStorage=true", (string?)settings[StorageNames.ConnectionSetting]);
        Assert.Equal("dotnet-isolated", (string?)settings["FUNCTIONS_WORKER_RUNTIME"]);
        Assert.Equal(StorageNames.DefaultCompileSchedule, (string?)settings[StorageNames.CompileScheduleSetting]);
        Assert.Equal(defaults.MaxDocumentBytes.ToString(CultureInfo.InvariantCulture), (string?)settings["Pipeline__MaxDocumentBytes"]);
        Assert.Equal(defaults.ParagraphsPerWorkItem.ToString(CultureInfo.InvariantCulture), (string?)settings["Pipeline__ParagraphsPerWorkItem"]);
    }
}
