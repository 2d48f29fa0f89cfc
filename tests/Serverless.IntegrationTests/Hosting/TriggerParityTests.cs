using System.Reflection;
using FunctionsWorker = Microsoft.Azure.Functions.Worker;
using LocalEngine = Microsoft.Azure.WebJobs;

namespace Serverless.IntegrationTests.Hosting;

/// <summary>Both hosts must declare the same triggers: names, containers, queues and schedule setting.</summary>
public class TriggerParityTests
{
    [Fact]
    public void LocalHost_DeclaresTheSameTriggersAsTheFunctionsApp()
    {
        var functions = Describe(typeof(Serverless.Functions.Triggers.IngestFunction).Assembly, FunctionsTrigger);
        var local = Describe(typeof(Serverless.Local.Triggers.IngestFunction).Assembly, LocalTrigger);

        Assert.NotEmpty(functions);
        Assert.Equal(functions, local);
    }

    [Fact]
    public void LocalHost_HostsEveryTriggerClassItDeclares()
    {
        var declared = typeof(Serverless.Local.Triggers.IngestFunction).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<LocalEngine.FunctionNameAttribute>() is not null));

        Assert.Equal(declared.OrderBy(t => t.Name), Serverless.Local.Triggers.TriggerTypes.All.OrderBy(t => t.Name));
    }

    private static string[] Describe(Assembly assembly, Func<MethodInfo, string?> describe) =>
        assembly.GetTypes().SelectMany(t => t.GetMethods()).Select(describe).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    private static string? FunctionsTrigger(MethodInfo method)
    {
        var name = method.GetCustomAttribute<FunctionsWorker.FunctionAttribute>()?.Name;
        var trigger = method.GetParameters().Select(p => p.GetCustomAttributes().Select(a => a switch
        {
            FunctionsWorker.BlobTriggerAttribute blob => $"blob:{blob.BlobPath}:{blob.Connection}",
            FunctionsWorker.QueueTriggerAttribute queue => $"queue:{queue.QueueName}:{queue.Connection}",
            FunctionsWorker.TimerTriggerAttribute timer => $"timer:{timer.Schedule}",
            _ => null,
        }).OfType<string>().FirstOrDefault()).OfType<string>().FirstOrDefault();
        return name is null || trigger is null ? null : $"{name} {trigger}";
    }

    private static string? LocalTrigger(MethodInfo method)
    {
        var name = method.GetCustomAttribute<LocalEngine.FunctionNameAttribute>()?.Name;
        var trigger = method.GetParameters().Select(p => p.GetCustomAttributes().Select(a => a switch
        {
            LocalEngine.BlobTriggerAttribute blob => $"blob:{blob.BlobPath}:{blob.Connection}",
            LocalEngine.QueueTriggerAttribute queue => $"queue:{queue.QueueName}:{queue.Connection}",
            LocalEngine.TimerTriggerAttribute timer => $"timer:{timer.ScheduleExpression}",
            _ => null,
        }).OfType<string>().FirstOrDefault()).OfType<string>().FirstOrDefault();
        return name is null || trigger is null ? null : $"{name} {trigger}";
    }
}
