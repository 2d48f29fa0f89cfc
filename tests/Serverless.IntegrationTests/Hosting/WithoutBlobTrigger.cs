using Microsoft.Azure.WebJobs;
using Serverless.Local.Triggers;

namespace Serverless.IntegrationTests.Hosting;

/// <summary>The host's triggers but the blob trigger, so that nothing but the intake sweep can deliver a blob.</summary>
internal sealed class WithoutBlobTrigger : ITypeLocator
{
    public IReadOnlyList<Type> GetTypes() => TriggerTypes.All.Where(t => t != typeof(IngestFunction)).ToArray();
}
