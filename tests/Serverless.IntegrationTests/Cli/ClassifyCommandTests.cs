using System.Text;
using System.Text.Json;
using Serverless.Local.Cli;
using Serverless.Shared.Classification;
using Serverless.Shared.Segmentation;

namespace Serverless.IntegrationTests.Cli;

public sealed class ClassifyCommandTests
{
    private static readonly TaxonomyClassifier Classifier = new(Taxonomy.LoadEmbedded());

    [Fact]
    public void LabelsTheOtherLines_When_OneLineIsNotJson()
    {
        var input = Utf8("""
            {"id": 1, "text": "Requests the Secretary-General to report on broadband in landlocked countries."}
            {"id": 2, "text": "unterminated
            {"id": 3}
            {"id": 4, "text": "The regulator opened the 3.5 GHz band to rural operators."}
            """);
        var output = new MemoryStream();
        var errors = new StringWriter();

        var exitCode = ClassifyCommand.Label(Classifier, input, output, errors, CancellationToken.None);

        var ids = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt32()).ToArray();
        Assert.Equal([1, 4], ids);
        Assert.Equal(CliErrors.BadInput, exitCode);
        Assert.Contains("line 2: not a JSON object", errors.ToString());
        Assert.Contains("line 3: needs a \"text\" field", errors.ToString());
        Assert.Contains("2 of 4 lines could not be read", errors.ToString());
    }

    [Theory]
    [InlineData("""{"id": "a", "text": 5}""", "line 1: not a JSON object of the input format (\"text\" has a value of the wrong kind).")]
    [InlineData("""{"id": "a", "text": "unterminated""", "line 1: not a JSON object (the JSON breaks at character ")]
    [InlineData("""["a", "b"]""", "line 1: not a JSON object.")]
    [InlineData("not json", "line 1: not a JSON object.")]
    [InlineData("""{"id": "a", "text": "\ud800 alone"}""", "line 1: \"text\" holds an escape that is no Unicode character")]
    [InlineData("""{"id": "a", "text": "x", "extra": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}""",
        "line 1: not a JSON object of the input format (its values are nested more than 64 levels deep).")]
    public void SaysWhatIsWrongInTheInputsTerms_When_ALineIsNotTheInputFormat(string line, string expected)
    {
        var errors = new StringWriter();

        ClassifyCommand.Label(Classifier, Utf8(line), new MemoryStream(), errors, CancellationToken.None);

        Assert.StartsWith(expected, errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("System.", errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Path:", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SaysALineIsNestedTooDeep_When_ItNestsTwoHundredThousandArraysWithinSeconds()
    {
        // 400 KB of brackets: telling "too deep" from "broken" once parsed the whole line as a document (100,000 deep: a minute).
        var line = "{\"id\": \"a\", \"text\": " + new string('[', 200_000) + new string(']', 200_000) + "}";
        var errors = new StringWriter();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        ClassifyCommand.Label(Classifier, Utf8(line + "\n{\"id\": \"b\", \"text\": \"x\"}"), new MemoryStream(), errors, CancellationToken.None);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.StartsWith("line 1: not a JSON object of the input format (its values are nested more than 64 levels deep).", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FindsTheBody_When_AZeroWidthSpaceSplitsItsName()
    {
        // "géné<U+200B>rale" shows as one word; read as two, the General Assembly went unfound.
        var output = new MemoryStream();

        ClassifyCommand.Label(
            Classifier,
            Utf8("{\"id\": \"a\", \"text\": \"L'Assemblée géné\\u200Brale a invité les États à relier les écoles rurales.\"}"),
            output,
            new StringWriter(),
            CancellationToken.None);

        var bodies = JsonDocument.Parse(output.ToArray()).RootElement.GetProperty("requestingBodies").EnumerateArray().Select(b => b.GetString());
        Assert.Contains("GA", bodies);
    }

    [Fact]
    public void ExitsWithZero_When_EveryLineIsRead()
    {
        var output = new MemoryStream();
        var errors = new StringWriter();

        var exitCode = ClassifyCommand.Label(
            Classifier, Utf8("""{"id": "a", "text": "Thanks the host country."}"""), output, errors, CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Empty(errors.ToString());
        Assert.Single(Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void ReportsTheLine_When_ItHasNoId()
    {
        var output = new MemoryStream();
        var errors = new StringWriter();

        var exitCode = ClassifyCommand.Label(
            Classifier,
            Utf8("""
                {"text": "Requests the Secretary-General to report."}
                {"id": null, "text": "Thanks the host country."}
                """),
            output,
            errors,
            CancellationToken.None);

        Assert.Equal(CliErrors.BadInput, exitCode);
        Assert.Contains("line 1: needs an \"id\" field", errors.ToString());
        var line = Assert.Single(Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("""{"id":null,""", line);
    }

    [Fact]
    public void WritesEveryLineInInputOrder_When_BatchesAreLabelledOnSeveralCores()
    {
        // Several batches, different texts and ids of every kind, bad lines among them: each output line must be what
        // the classifier says of its own input line, in the input's order, and each problem reported in order too.
        var texts = new[]
        {
            "Requests the Secretary-General to report on broadband in landlocked countries.",
            "Prie le Secrétaire général de présenter un rapport sur la cybersanté.",
            "The regulator opened the 3.5 GHz band to rural operators.",
            "Thanks the host country.",
        };
        var ids = new[] { "7", "\"a\u00e9\"", "[1,{\"b\":2}]", "true", "-1.50e3" };
        var lines = new List<string>();
        var expected = new List<string>();
        var lineCount = (3 * ClassifyCommand.BatchLines) + 17;
        for (var i = 0; i < lineCount; i++)
        {
            if (i % 97 == 5)
            {
                lines.Add("{\"id\": " + i + ", \"text\": \"unterminated");
                continue;
            }

            var id = i % 11 == 0 ? ids[i % ids.Length] : i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var text = texts[i % texts.Length];
            lines.Add($$"""{"id": {{id}}, "text": {{JsonSerializer.Serialize(text)}}}""");
            expected.Add(Labelled(id, text));
        }

        var output = new MemoryStream();
        var errors = new StringWriter();

        var exitCode = ClassifyCommand.Label(Classifier, Utf8(string.Join('\n', lines)), output, errors, CancellationToken.None, workers: 4);

        Assert.Equal(CliErrors.BadInput, exitCode);
        Assert.Equal(expected, Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var reported = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var badLines = Enumerable.Range(0, lineCount).Where(i => i % 97 == 5).Select(i => $"line {i + 1}: not a JSON object").ToArray();
        Assert.Equal(badLines, reported.Take(badLines.Length).Select(r => r[..r.IndexOf(" (", StringComparison.Ordinal)]));
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    /// <summary>The output line for one paragraph, from the classifier directly and the id as JSON reads it.</summary>
    private static string Labelled(string id, string text)
    {
        var labels = Classifier.Classify(new ClassificationRequest(text));
        var line = new Dictionary<string, object?>
        {
            ["id"] = JsonDocument.Parse(id).RootElement,
            ["actionLines"] = labels.ActionLines.Select(a => a.Code).ToArray(),
            ["requestingBodies"] = labels.RequestingBodies,
            ["bodyEvidence"] = labels.GuessedBodies.ToDictionary(g => g.Body, g => g.Evidence),
            ["addressees"] = labels.Addressees,
            ["kind"] = labels.Kind.ToName(),
        };
        return JsonSerializer.Serialize(line, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
