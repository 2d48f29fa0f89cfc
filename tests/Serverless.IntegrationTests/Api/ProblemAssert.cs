using System.Net;
using System.Text.Json;

namespace Serverless.IntegrationTests.Api;

/// <summary>What every error answer must be: RFC 9457 problem details a person can read.</summary>
internal static class ProblemAssert
{
    /// <returns>The problem's title.</returns>
    public static async Task<string> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("type").GetString()));
        var title = json.RootElement.GetProperty("title").GetString();
        Assert.False(string.IsNullOrWhiteSpace(title));
        return title!;
    }
}
