using Microsoft.Azure.WebJobs;

namespace Serverless.Local.Hosting;

/// <summary>Tells the WebJobs engine exactly which classes hold functions, instead of scanning loaded assemblies.</summary>
internal sealed class FixedTypeLocator(IReadOnlyList<Type> types) : ITypeLocator
{
    public IReadOnlyList<Type> GetTypes() => types;
}
