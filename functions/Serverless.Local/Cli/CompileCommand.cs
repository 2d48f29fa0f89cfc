using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Classification;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.Local.Cli;

/// <summary>
/// <c>./wsis compile --year N</c>: compiles a year's summary and draft report now, against the storage of the
/// running <c>./wsis run</c> if there is one, else against the data kept in <c>.azurite/</c>.
/// </summary>
internal static class CompileCommand
{
    public static Command Create()
    {
        var year = new Option<int>("--year") { Description = "The year to compile.", Required = true };
        var command = new Command("compile", "Compile a year's summary and draft report (Markdown, HTML, DOCX) now.") { year };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var requested = parseResult.GetValue(year);
            if (!Shared.Documents.UploadPath.IsYear(requested))
            {
                return CliErrors.Fail(Shared.Api.QueryValues.NotAYear(requested.ToString(), "--year 2025"));
            }

            await using var storage = await OfflineStorage.OpenAsync(cancellationToken);
            var services = storage.Services;
            var documents = services.GetRequiredService<DocumentStore>();
            if ((await documents.ListAsync(requested, Shared.Documents.DocumentStatus.Classified, cancellationToken)).Count == 0)
            {
                var years = (await documents.ListAsync(null, Shared.Documents.DocumentStatus.Classified, cancellationToken))
                    .Where(d => d.Year is not null).Select(d => d.Year!.Value).Distinct().Order().ToArray();
                return CliErrors.Fail($"No classified document counts for {requested}, so there is nothing to compile. " +
                    (years.Length == 0 ? "No year has any yet: upload documents first (./wsis run, then POST /api/documents)." : $"Years with documents: {string.Join(", ", years)}."));
            }

            var summary = await services.GetRequiredService<CompileSummaryStep>().CompileAsync(requested, cancellationToken);
            SummaryTable.Print(summary, services.GetRequiredService<Taxonomy>().Version, Console.Out);
            Console.WriteLine($"\nDraft report: container '{StorageNames.ReportsContainer}', {ReportStore.BlobName(requested, "md|html|docx")} " +
                              $"(also served by GET /api/summaries/{requested}/report?format=docx).");
            return 0;
        });
        return command;
    }
}
