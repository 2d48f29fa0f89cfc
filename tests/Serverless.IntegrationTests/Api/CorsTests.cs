using System.Net;

namespace Serverless.IntegrationTests.Api;

/// <summary>Browsers on a configured portal origin may call the API; others get no CORS permission.</summary>
[Collection(PlatformCollection.Name)]
public class CorsTests(PlatformFixture platform)
{
    [Fact]
    public async Task Preflight_IsAllowed_When_TheOriginIsConfigured()
    {
        using var response = await platform.Http.SendAsync(Preflight(PlatformFixture.PortalOrigin, "PUT"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(PlatformFixture.PortalOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("PUT", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")));
    }

    [Fact]
    public async Task Preflight_GrantsNothing_When_TheOriginIsNotConfigured()
    {
        using var response = await platform.Http.SendAsync(Preflight("https://elsewhere.example.com", "PUT"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Answers_ExposeTheNextPageAndETagHeaders_ToTheConfiguredOrigin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/documents?limit=1");
        request.Headers.Add("Origin", PlatformFixture.PortalOrigin);

        using var response = await platform.Http.SendAsync(request);

        Assert.Equal(PlatformFixture.PortalOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        var exposed = string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers"));
        Assert.Contains("Link", exposed);
        Assert.Contains("ETag", exposed);
    }

    private static HttpRequestMessage Preflight(string origin, string method)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "api/documents/abc/paragraphs/0/labels");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }
}
