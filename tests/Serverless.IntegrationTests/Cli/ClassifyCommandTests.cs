using System.Text;
using System.Text.Json;
using Serverless.Local.Cli;
using Serverless.Shared.Classification;

namespace Serverless.IntegrationTests.Cli;

public sealed class ClassifyCommandTests
{
    private static readonly TaxonomyClassifier Classifier = new(Taxonomy.LoadEmbedded());

    [Fact]
    public void LabelsTheOtherLines_When_OneLineIsNotJson()
    {
        var input = new StringReader("""
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

    [Fact]
    public void ExitsWithZero_When_EveryLineIsRead()
    {
        var output = new MemoryStream();
        var errors = new StringWriter();

        var exitCode = ClassifyCommand.Label(
            Classifier, new StringReader("""{"id": "a", "text": "Thanks the host country."}"""), output, errors, CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Empty(errors.ToString());
        Assert.Single(Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
