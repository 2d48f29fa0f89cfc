namespace Serverless.IntegrationTests.Portal;

/// <summary>A fact that runs only where Debian's chromium is installed (<c>./wsis test</c> installs it when it can).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>The browser: <c>WSIS_CHROMIUM</c>, else Debian's.</summary>
    public static string ExecutablePath { get; } = Environment.GetEnvironmentVariable("WSIS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath))
        {
            Skip = $"No chromium at {ExecutablePath} (apt-get install -y chromium, or WSIS_CHROMIUM): the portal page's browser test needs one.";
        }
    }
}
