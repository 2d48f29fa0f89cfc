using System.Runtime.ExceptionServices;
using System.Xml;
using Microsoft.Azure.WebJobs.Host.Timers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Serverless.Local.Hosting;

/// <summary>
/// Keeps the local host running when the trigger engine's scan of a container fails because the storage emulator
/// cannot list it. Azurite answers every listing of a container with an empty 500 once it holds a blob whose name has a
/// control character (U+0001..U+001F but tab) or U+FFFE/U+FFFF, which it nevertheless accepts on upload (Azure refuses or
/// encodes such names, and the Functions app's Event Grid trigger never lists). The storage SDK then fails to read the
/// error's empty body (an <see cref="XmlException"/>), and the engine's default handler ends the process for any error
/// of a background scan: one hostile name written straight into <c>incoming</c> killed the worker, and again at every
/// restart. That failure is logged here with what to do; the engine's scan stays stopped until the blob is deleted and
/// the host restarted, while uploads over HTTP, the queues and the API go on. Any other background failure is left to
/// the engine's own handler.
/// </summary>
internal sealed class IntakeListingFailures(ILoggerFactory loggers) : IWebJobsExceptionHandlerFactory
{
    public IWebJobsExceptionHandler Create(IHost jobHost) =>
        new Handler(new DefaultWebJobsExceptionHandlerFactory().Create(jobHost), loggers.CreateLogger<IntakeListingFailures>());

    /// <summary>An empty error body the SDK could not parse, from listing a container.</summary>
    internal static bool IsUnlistableContainer(Exception exception) =>
        exception is XmlException && exception.StackTrace?.Contains("ListBlob", StringComparison.Ordinal) == true;

    internal static void Log(ILogger logger, Exception exception) => logger.LogError(
        exception,
        "The storage emulator cannot list the intake container: it holds a blob whose name has a control character. Blobs written " +
        "straight into storage are not picked up until that blob is deleted (Storage Explorer, or the emulator's data folder) and the " +
        "host restarted; uploads over HTTP go on.");

    private sealed class Handler(IWebJobsExceptionHandler engine, ILogger logger) : IWebJobsExceptionHandler
    {
        public Task OnTimeoutExceptionAsync(ExceptionDispatchInfo exceptionInfo, TimeSpan timeoutGracePeriod) =>
            engine.OnTimeoutExceptionAsync(exceptionInfo, timeoutGracePeriod);

        public Task OnUnhandledExceptionAsync(ExceptionDispatchInfo exceptionInfo)
        {
            if (!IsUnlistableContainer(exceptionInfo.SourceException))
            {
                return engine.OnUnhandledExceptionAsync(exceptionInfo);
            }

            Log(logger, exceptionInfo.SourceException);
            return Task.CompletedTask;
        }
    }
}
