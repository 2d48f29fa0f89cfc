using System.Text.Json.Nodes;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.InfraTests;

/// <summary>The compiled main template: the function app reaches storage with its identity only, never with keys.</summary>
public sealed class FunctionAppTemplateTests
{
    /// <summary>Text that would mean an account key or a key-bearing connection string.</summary>
    private static readonly string[] KeyMarkers =
        ["listKeys", "listAccountSas", "listServiceSas", "AccountKey=", "DefaultEndpointsProtocol", "SharedAccessSignature="];

    private static readonly CompiledTemplate Main = CompiledTemplate.Main;

    [Fact]
    public void HoldsNoStorageKeyOrConnectionStringInAppSettings_When_TemplateIsCompiled()
    {
        var (settings, deployment) = FunctionAppSettings();

        // The settings themselves, and every value the module is given (settings are built from them).
        var inspected = settings.ToJsonString() + deployment["properties"]!["parameters"]!.ToJsonString();
        foreach (var marker in KeyMarkers)
        {
            Assert.DoesNotContain(marker, inspected, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain(StorageNames.ConnectionSetting, SettingNames(settings));
    }

    [Fact]
    public void ReadsNoStorageKeyAnywhere_When_TemplateIsCompiled()
    {
        foreach (var marker in KeyMarkers)
        {
            Assert.DoesNotContain(marker, Main.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void UsesIdentityBasedStorageSettings_When_TemplateIsCompiled()
    {
        var (settings, _) = FunctionAppSettings();
        var byName = settings.OfType<JsonObject>().ToDictionary(s => (string)s["name"]!, s => (string?)s["value"]);

        var prefix = StorageNames.ConnectionSetting + "__";
        Assert.Contains(prefix + "accountName", byName.Keys);
        Assert.Contains(prefix + "clientId", byName.Keys);
        Assert.Equal("managedidentity", byName[prefix + "credential"]);
        Assert.Contains("Authorization=AAD", byName["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"], StringComparison.Ordinal);
        Assert.Contains("APPLICATIONINSIGHTS_CONNECTION_STRING", byName.Keys);
    }

    [Fact]
    public void SetsEveryOptionTheCodeReads_When_TemplateIsCompiled()
    {
        var names = SettingNames(FunctionAppSettings().Settings);

        Assert.Contains(StorageNames.CompileScheduleSetting, names);
        Assert.Contains(StorageNames.ReconcileScheduleSetting, names);
        Assert.Contains($"{PipelineOptions.SectionName}__{nameof(PipelineOptions.MaxDocumentBytes)}", names);
        Assert.Contains($"{PipelineOptions.SectionName}__{nameof(PipelineOptions.ParagraphsPerWorkItem)}", names);

        // Flex Consumption rejects these as app settings: the runtime is in functionAppConfig.
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", names);
        Assert.DoesNotContain("FUNCTIONS_EXTENSION_VERSION", names);
    }

    [Fact]
    public void DefaultsSettingsToTheCodeDefaults_When_TemplateIsCompiled()
    {
        var defaults = new PipelineOptions();

        Assert.Equal(StorageNames.DefaultCompileSchedule, (string?)Main.ParameterDefault("compileSchedule"));
        Assert.Equal(defaults.MaxDocumentBytes, (long?)Main.ParameterDefault("maxDocumentBytes"));
        Assert.Equal(defaults.ParagraphsPerWorkItem, (int?)Main.ParameterDefault("paragraphsPerWorkItem"));
    }

    [Fact]
    public void DocumentsEveryAppSetting_When_ReadmeIsRead()
    {
        var readme = File.ReadAllText(RepositoryPaths.InfraReadme);

        foreach (var name in SettingNames(FunctionAppSettings().Settings))
        {
            Assert.Contains($"`{name}`", readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RunsOnFlexConsumptionDotnetIsolated10_When_TemplateIsCompiled()
    {
        var plan = Main.ResourcesOfType("Microsoft.Web/serverfarms").Single().Resource;
        var site = Main.ResourcesOfType("Microsoft.Web/sites").Single().Resource;
        var config = site["properties"]!["functionAppConfig"]!;

        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.Equal("functionapp,linux", (string?)site["kind"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.True((bool?)site["properties"]!["httpsOnly"]);
        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)config["runtime"]!["version"]);
        Assert.Equal("UserAssignedIdentity", (string?)config["deployment"]!["storage"]!["authentication"]!["type"]);
    }

    [Fact]
    public void SecuresStorageAccountByDefault_When_TemplateIsCompiled()
    {
        var account = Main.ResourcesOfType("Microsoft.Storage/storageAccounts").Single(r => r.Resource["existing"] is null).Resource;
        var properties = account["properties"]!;
        var blobService = Main.ResourcesOfType("Microsoft.Storage/storageAccounts/blobServices").Single().Resource;

        Assert.False((bool?)properties["allowSharedKeyAccess"]);
        Assert.False((bool?)properties["allowBlobPublicAccess"]);
        Assert.True((bool?)properties["supportsHttpsTrafficOnly"]);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.True((bool?)blobService["properties"]!["deleteRetentionPolicy"]!["enabled"]);
        Assert.True((bool?)blobService["properties"]!["isVersioningEnabled"]);
    }

    [Fact]
    public void GrantsOnlyTheNeededDataPlaneRoles_When_TemplateIsCompiled()
    {
        const string blobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
        const string queueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
        const string tableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160ff3a";
        const string monitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

        var storageRoles = Main.ModuleTemplate("storage-roles")["variables"]!["roles"]!.AsArray()
            .Select(role => (string)role!["id"]!).Order(StringComparer.Ordinal);
        var monitoringRole = (string?)Main.ModuleTemplate("monitoring")["variables"]!["monitoringMetricsPublisherRoleId"];

        Assert.Equal(new[] { blobDataOwner, queueDataContributor, tableDataContributor }.Order(StringComparer.Ordinal), storageRoles);
        Assert.Equal(monitoringMetricsPublisher, monitoringRole);
        Assert.Equal(2, Main.ResourcesOfType("Microsoft.Authorization/roleAssignments").Count);
    }

    [Fact]
    public void TakesCorsOriginsFromTheParameter_AndAllowsNoneByDefault_When_TemplateIsCompiled()
    {
        var site = Main.ResourcesOfType("Microsoft.Web/sites").Single().Resource;
        var cors = site["properties"]!["siteConfig"]!["cors"]!;

        Assert.Equal("[parameters('corsAllowedOrigins')]", (string?)cors["allowedOrigins"]);
        Assert.False((bool?)cors["supportCredentials"]);
        Assert.Equal("[parameters('corsAllowedOrigins')]", (string?)Main.Module("function-app")["properties"]!["parameters"]!["corsAllowedOrigins"]!["value"]);
        Assert.Empty(Main.ParameterDefault("corsAllowedOrigins")!.AsArray());
    }

    private static (JsonArray Settings, JsonObject Deployment) FunctionAppSettings()
    {
        var (site, template) = Main.ResourcesOfType("Microsoft.Web/sites").Single();
        var settings = CompiledTemplate.ResolveVariable(template, site["properties"]!["siteConfig"]!["appSettings"]) as JsonArray
            ?? throw new InvalidOperationException("The function app's appSettings are not a literal list.");
        return (settings, Main.Module("function-app"));
    }

    private static string[] SettingNames(JsonArray settings) =>
        settings.OfType<JsonObject>().Select(s => (string)s["name"]!).ToArray();
}
