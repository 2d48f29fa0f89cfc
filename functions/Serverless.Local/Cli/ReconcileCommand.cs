using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Pipeline;

namespace Serverless.Local.Cli;

/// <summary>
/// <c>./wsis reconcile</c>: what the reconciliation timer does, now, against the storage of the running
/// <c>./wsis run</c> if there is one, else against the data kept in <c>.azurite/</c>: documents left <c>Received</c>
/// or <c>Classifying</c> by a stopped worker are driven on (or failed with the reason).
/// </summary>
internal static class ReconcileCommand
{
    public static Command Create()
    {
        var command = new Command("reconcile", "Drive on documents a stopped worker left unfinished (Received or Classifying), now.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var storage = await OfflineStorage.OpenAsync(cancellationToken);
            var report = await storage.Services.GetRequiredService<ReconcileStep>().RunAsync(cancellationToken);
            Console.WriteLine(
                $"{report.Ingested} documents ingested again, {report.Requeued} with work items queued again, {report.Failed} failed, {report.Waiting} left alone while work items wait in the queue.");
            if (storage.NothingRunsTheQueues)
            {
                Console.WriteLine("Nothing runs the queued work now: start ./wsis run to finish it.");
            }

            return 0;
        });
        return command;
    }
}
