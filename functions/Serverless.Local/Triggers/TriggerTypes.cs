namespace Serverless.Local.Triggers;

/// <summary>The function classes the WebJobs engine hosts; listed so the engine does not scan assemblies.</summary>
public static class TriggerTypes
{
    public static Type[] All { get; } =
        [typeof(IngestFunction), typeof(ClassifyFunction), typeof(CompileSummaryFunction), typeof(PoisonFunctions), typeof(ReclassifyFunction), typeof(NotifyFunction), typeof(ReconcileFunction)];
}
