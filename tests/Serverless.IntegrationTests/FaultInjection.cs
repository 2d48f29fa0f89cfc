using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Classification;
using Serverless.Shared.Reading;

namespace Serverless.IntegrationTests;

/// <summary>
/// Faults the tests provoke on purpose, to drive the trigger engine's real retry and poison paths:
/// a classifier that throws on a marker text, and a reader that always times out (which, unlike a damaged
/// file, is not the sender's fault: the engine retries it, then gives up).
/// </summary>
public static class FaultInjection
{
    public const string ClassifierCrashMarker = "CRASH-THE-CLASSIFIER";
    public const string CrashingExtension = ".crash";

    public static void Add(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IParagraphClassifier));
        services.Remove(registered);
        services.AddSingleton<IParagraphClassifier>(sp => new CrashingClassifier(Resolve(sp, registered)));
        services.AddSingleton<IDocumentReader, CrashingReader>();
    }

    private static IParagraphClassifier Resolve(IServiceProvider services, ServiceDescriptor descriptor) =>
        (IParagraphClassifier)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));

    private sealed class CrashingClassifier(IParagraphClassifier inner) : IParagraphClassifier
    {
        public ParagraphLabels Classify(ClassificationRequest request) =>
            request.Text.Contains(ClassifierCrashMarker, StringComparison.Ordinal)
                ? throw new InvalidOperationException("Injected classifier failure.")
                : inner.Classify(request);
    }

    private sealed class CrashingReader : IDocumentReader
    {
        public string Format => "crash";

        public bool CanRead(DocumentSource source) => source.Extension == CrashingExtension;

        public ReadDocument Read(DocumentSource source, CancellationToken cancellationToken = default) =>
            throw new TaskCanceledException("Injected reader time-out.");
    }
}
