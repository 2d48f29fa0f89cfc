using System.Text.Json.Nodes;
using Serverless.Shared.Storage;

namespace Serverless.InfraTests;

/// <summary>
/// Every container, queue and table the code names in <see cref="StorageNames"/> is created by the template:
/// main.bicep's list parameters default to exactly those names, are handed to the storage module unchanged,
/// which creates one resource per name, and no environment's parameters file overrides them.
/// </summary>
public sealed class StorageNamesTemplateTests
{
    private static readonly CompiledTemplate Main = CompiledTemplate.Main;

    public static TheoryData<string, string, string[]> NameLists() => new()
    {
        { "containerNames", "Microsoft.Storage/storageAccounts/blobServices/containers", StorageNames.Containers.ToArray() },
        { "queueNames", "Microsoft.Storage/storageAccounts/queueServices/queues", StorageNames.Queues.ToArray() },
        { "tableNames", "Microsoft.Storage/storageAccounts/tableServices/tables", StorageNames.Tables.ToArray() },
    };

    [Theory]
    [MemberData(nameof(NameLists))]
    public void DefaultsNameListToStorageNames_When_TemplateIsCompiled(string parameter, string resourceType, string[] expected)
    {
        _ = resourceType;
        var defaults = Main.ParameterDefault(parameter)!.AsArray().Select(n => (string)n!).ToArray();

        Assert.Equal(expected.Order(StringComparer.Ordinal), defaults.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(NameLists))]
    public void CreatesOneResourcePerName_When_StorageModuleIsCompiled(string parameter, string resourceType, string[] expected)
    {
        _ = expected;
        var module = Main.Module("storage");
        var resources = CompiledTemplate.ResourcesOf(Main.ModuleTemplate("storage"))
            .Where(r => (string?)r["type"] == resourceType)
            .ToArray();

        Assert.Equal($"[parameters('{parameter}')]", (string?)module["properties"]!["parameters"]![parameter]!["value"]);
        var resource = Assert.Single(resources);
        Assert.Contains($"parameters('{parameter}')", (string?)resource["copy"]?["count"], StringComparison.Ordinal);
        Assert.Contains($"parameters('{parameter}')", (string?)resource["name"], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NameLists))]
    public void KeepsTheStorageNames_When_EachParametersFileIsCompiled(string parameter, string resourceType, string[] expected)
    {
        _ = resourceType;
        foreach (var parameters in CompiledParameters.All.Value)
        {
            if (parameters[parameter]?["value"] is JsonArray overridden)
            {
                Assert.Equal(expected.Order(StringComparer.Ordinal), overridden.Select(n => (string)n!).Order(StringComparer.Ordinal));
            }
        }
    }

    [Fact]
    public void KeepsDeploymentContainerApartFromAppContainers_When_TemplateIsCompiled()
    {
        var deploymentContainer = (string?)Main.ParameterDefault("deploymentContainerName");

        Assert.False(string.IsNullOrEmpty(deploymentContainer));
        Assert.DoesNotContain(deploymentContainer, StorageNames.Containers);
    }
}
