using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Serverless.IntegrationTests.Api;

/// <summary>
/// The name, year and entity of a document are checked by one set of rules: an upload, a download from a link and a
/// correction refuse the same values with the same words, before anything is read, downloaded or changed.
/// </summary>
[Collection(PlatformCollection.Name)]
public class UploadMetadataTests(PlatformFixture platform)
{
    private const string AnyDocumentId = "0000000000000000000000000000000000000000000000000000000000000000";

    [Theory]
    [InlineData("1850", "is not a year the platform holds")]
    [InlineData("2201", "from 1990 to 2200")]
    public async Task EveryRoute_RefusesTheYear_When_ThePlatformHoldsNoSuchYear(string year, string expected)
    {
        // Act
        var upload = await UploadAsync($"name=a.md&year={year}");
        var link = await FromUrlAsync($"\"year\": {year}");
        var correction = await CorrectAsync($"\"year\": {year}");

        // Assert
        Assert.All([upload, link, correction], title => Assert.Contains(expected, title));
    }

    [Theory]
    [InlineData("a/b", "may not contain '/'")]
    [InlineData("..", "is not an entity name")]
    [InlineData("IT\u0007U", "control characters")]
    [InlineData("2025", "looks like a year")]
    public async Task EveryRoute_RefusesTheEntity_When_NoBlobFolderCouldHoldIt(string entity, string expected)
    {
        // Act
        var upload = await UploadAsync($"name=a.md&entity={Uri.EscapeDataString(entity)}");
        var link = await FromUrlAsync($"\"entity\": {System.Text.Json.JsonSerializer.Serialize(entity)}");
        var correction = await CorrectAsync($"\"entity\": {System.Text.Json.JsonSerializer.Serialize(entity)}");

        // Assert
        Assert.Contains(expected, upload);
        Assert.Equal(upload, link);
        Assert.Equal(upload, correction);
    }

    [Fact]
    public async Task UploadAndLink_RefuseTheName_When_NothingUsableIsLeft()
    {
        var upload = await UploadAsync("name=..");
        var link = await FromUrlAsync("\"name\": \"..\"");

        Assert.StartsWith("'..' is not a file name", upload);
        Assert.Equal(upload, link);
    }

    private async Task<string> UploadAsync(string query)
    {
        using var response = await platform.Http.PostAsync($"api/documents?{query}", new StringContent("A contribution.", Encoding.UTF8));
        return await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    // The fixture allows downloads from 127.0.0.1 only: a request that got past the checks would be refused for its
    // host, in other words, so each expected title shows the check that answered.
    private async Task<string> FromUrlAsync(string field)
    {
        using var response = await platform.Http.PostAsync("api/documents/from-url",
            new StringContent($"{{\"url\": \"https://undocs.org/en/A/RES/70/125\", {field}}}", Encoding.UTF8, "application/json"));
        return await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    private async Task<string> CorrectAsync(string field)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"api/documents/{AnyDocumentId}")
        {
            Content = new StringContent($"{{\"reviewer\": \"tester\", {field}}}", Encoding.UTF8, "application/json"),
        };
        using var response = await platform.Http.SendAsync(request);
        return await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }
}
