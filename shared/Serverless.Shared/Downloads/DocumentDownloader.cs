using System.Net;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Serverless.Shared.Documents;
using Serverless.Shared.Outbound;

namespace Serverless.Shared.Downloads;

/// <summary>
/// Fetches the document behind a link, for portals that hold the official PDF's address rather than the file.
/// The HTTP client carries the standard resilience pipeline (timeouts, jittered retries, a circuit breaker per host);
/// this class adds what that pipeline does not know: the host allow-list, checked again at every redirect, and the size
/// limit, checked on the declared length and again while reading, so an oversized body is never held whole.
/// </summary>
public sealed class DocumentDownloader(IHttpClientFactory clients, IOptions<DownloadOptions> options)
{
    public const string ClientName = "document-downloads";

    private readonly DownloadOptions _options = options.Value;
    private readonly HostAllowList _allowList = new(options.Value.EffectiveAllowedHosts);

    public async Task<DownloadedDocument> DownloadAsync(Uri url, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(_options.TotalTimeoutSeconds));
        var client = clients.CreateClient(ClientName);
        var current = url;
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                EnsureAllowed(current, url);
                using var response = await client.GetAsync(current, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    if (redirects >= _options.MaxRedirects)
                    {
                        throw new DocumentDownloadException(DownloadFailure.SourceFailed, $"The link {url} redirected more than {_options.MaxRedirects} times.");
                    }

                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    // Server errors were retried by the resilience pipeline; other errors are the answer.
                    var retried = (int)response.StatusCode >= 500 ? $", also after {_options.MaxRetries} retries" : string.Empty;
                    throw new DocumentDownloadException(
                        DownloadFailure.SourceFailed, $"{current.Host} answered {(int)response.StatusCode} ({response.ReasonPhrase}) for {current}{retried}.");
                }

                if (response.Content.Headers.ContentLength > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }

                await using var body = await response.Content.ReadAsStreamAsync(deadline.Token);
                var content = await BoundedRead.ReadAtMostAsync(body, maxBytes, deadline.Token) ?? throw TooLarge(maxBytes);
                return new DownloadedDocument(DownloadFileName.For(current, response.Content.Headers), content, response.Content.Headers.ContentType?.MediaType, current);
            }
        }
        catch (Exception e) when (e is TimeoutRejectedException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new DocumentDownloadException(DownloadFailure.TimedOut, $"{current.Host} did not send the document within the time allowed ({_options.TotalTimeoutSeconds} s in all).", e);
        }
        catch (BrokenCircuitException e)
        {
            throw new DocumentDownloadException(DownloadFailure.SourceFailed, $"{current.Host} has failed repeatedly; downloads from it resume in a little while.", e);
        }
        catch (HttpRequestException e) when (OutboundAddressRefusedException.IsIn(e))
        {
            var where = current == url ? $"The link's host '{current.Host}'" : $"The link redirects to '{current.Host}', which";
            throw new DocumentDownloadException(
                DownloadFailure.NotAllowed, $"{where} resolves to a private or reserved network address; documents are downloaded from public addresses only.", e);
        }
        catch (HttpRequestException e)
        {
            // The socket's own message names the address and port and tells a closed port from a silent one: kept for
            // the logs (inner exception), never put in the answer.
            throw Failed(current, e.HttpRequestError, e);
        }
        catch (IOException e)
        {
            // The body broke off while it was read (the headers had come): the connection closed or was reset. It
            // escaped as a 500 from the API.
            throw Failed(current, (e as HttpIOException)?.HttpRequestError ?? HttpRequestError.ResponseEnded, e);
        }
    }

    private static DocumentDownloadException Failed(Uri current, HttpRequestError error, Exception e) => error switch
    {
        // The host was reached: "could not be reached" would send the user looking for the wrong fault.
        HttpRequestError.ResponseEnded => new(
            DownloadFailure.SourceFailed, $"{current.Host} stopped sending the document before its end (the connection closed); try the link again later.", e),
        HttpRequestError.InvalidResponse or HttpRequestError.HttpProtocolError or HttpRequestError.ConfigurationLimitExceeded => new(
            DownloadFailure.SourceFailed, $"{current.Host} answered with something that is not a valid HTTP response.", e),
        _ => new(DownloadFailure.Unreachable, $"{current.Host} could not be reached ({Describe(error)}).", e),
    };

    private void EnsureAllowed(Uri current, Uri original)
    {
        if (!_allowList.Allows(current))
        {
            var where = current == original ? $"The link's host '{current.Host}'" : $"The link redirects to '{current.Host}', which";
            throw new DocumentDownloadException(
                DownloadFailure.NotAllowed,
                $"{where} is not one documents are downloaded from. Allowed: {string.Join(", ", _options.EffectiveAllowedHosts)}.");
        }
    }

    private static string Describe(HttpRequestError error) => error switch
    {
        HttpRequestError.NameResolutionError => "no such host",
        HttpRequestError.SecureConnectionError => "the secure connection failed",
        _ => "no connection",
    };

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static DocumentDownloadException TooLarge(long maxBytes) =>
        new(DownloadFailure.TooLarge, $"The document is larger than the {maxBytes / 1048576.0:0.#} MB accepted.");
}
