using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Synthesis;

/// <summary>
/// A contribution that reports its year as a table of activities, one a row ("Activity | WSIS action line | Period"),
/// is quoted row by row, each activity with its period; the sentence that announces the table is not, and a table of
/// figures stays the document's furniture.
/// </summary>
public sealed class ActivityTableTests : IDisposable
{
    private readonly OneContributionDrafts _drafts = new("wsis-activity-table-", ".html");

    [Theory]
    [InlineData("en", "<h1>Input of the Rwanda Information Society Authority (RISA) to the 2025 WSIS report</h1>" +
        "<p>The Rwanda Information Society Authority (RISA) submits below, in tabular form, the main activities carried out in 2025.</p>" +
        "<table><tr><th>Activity</th><th>WSIS action line</th><th>Period</th></tr>" +
        "<tr><td>Connected 1,240 public schools to broadband through the Smart Classroom programme</td><td>C2 Information and communication infrastructure</td><td>January–December 2025</td></tr>" +
        "<tr><td>Trained 310,000 citizens in basic digital skills through the Digital Ambassadors Programme</td><td>C4 Capacity building</td><td>March–November 2025</td></tr></table>",
        "Connected 1,240 public schools to broadband through the Smart Classroom programme (January–December 2025).", "submits below")]
    [InlineData("fr", "<h1>Contribution de l'Agence nationale du numérique au rapport 2025 sur le SMSI</h1>" +
        "<p>L'Agence nationale du numérique soumet ci-dessous, sous forme de tableau, les principales activités de 2025.</p>" +
        "<table><tr><th>Activité</th><th>Grande orientation</th><th>Période</th></tr>" +
        "<tr><td>Formation de 12 000 jeunes aux métiers du numérique dans les capitales régionales</td><td>C4 Renforcement des capacités</td><td>Mars–octobre 2025</td></tr>" +
        "<tr><td>Mise en service du point d'échange Internet national, qui échange 4 Gbit/s de trafic local</td><td>C2 Infrastructure</td><td>Juin 2025</td></tr></table>",
        "Formation de 12 000 jeunes aux métiers du numérique dans les capitales régionales (Mars–octobre 2025).", "soumet ci-dessous")]
    public void QuotesEachRowOfATableOfActivities_WithItsPeriod_AndNotTheSentenceAnnouncingIt(string language, string html, string quoted, string announcing)
    {
        var sentences = _drafts.Draft(language, Page(language, html)).Sentences().Select(s => s.Text).ToArray();

        Assert.Contains(sentences, s => s.Contains(quoted, StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(announcing, StringComparison.Ordinal));
    }

    [Fact]
    public void LeavesATableOfFigures_AsTheDocumentsFurniture()
    {
        var html = "<h1>Input of the Rwanda Information Society Authority (RISA) to the 2025 WSIS report</h1>" +
            "<p>In 2025, RISA connected 1,240 public schools to broadband through the Smart Classroom programme.</p>" +
            "<table><tr><th>Province</th><th>Schools connected</th><th>Period</th></tr>" +
            "<tr><td>Northern Province, including the districts of Musanze and Gicumbi</td><td>310</td><td>2025</td></tr></table>";

        var sentences = _drafts.Draft("en", Page("en", html)).Sentences().Select(s => s.Text).ToArray();

        Assert.Contains(sentences, s => s.Contains("1,240 public schools", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains("Musanze", StringComparison.Ordinal));
    }

    private static string Page(string language, string body) =>
        $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>WSIS</title></head><body>{body}</body></html>";

    public void Dispose() => _drafts.Dispose();
}
