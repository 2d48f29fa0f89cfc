using System.Text;
using System.Text.Json;
using Serverless.Local.Cli;

namespace Serverless.IntegrationTests.Cli;

/// <summary>
/// <c>./wsis classify</c> reads the usual line without the serializer (<see cref="InputLine"/>): whatever it reads must be
/// what the serializer reads from the same line, and a line the serializer refuses must be left to it.
/// </summary>
public sealed class InputLineTests
{
    private sealed record Input(ParagraphId? Id, string? Text, string? Lang, string? Section, string? Kind, string? DocumentBody);

    /// <summary>A line as <c>./wsis segment</c> prints it, the index renamed <c>id</c>.</summary>
    private const string UsualLine =
        """{"id":0,"text":"Nations Unies E/RES/2025/18","kind":"paragraph","number":null,"section":null,"page":null,"footnotes":[]}""";

    public static TheoryData<string> Lines() =>
    [
        UsualLine,
        """{"id": "a\u00e9", "text": "Prie le Secr\u00e9taire g\u00e9n\u00e9ral \"entre guillemets\"", "lang": "fr", "documentBody": "ECOSOC"}""",
        """  {"id": -1.50e3, "text": "x", "section": "C7.4 E-health", "extra": {"nested": [1, {"a": null}]}}  """,
        """{"id": 1, "text": null}""",
        """{"text": "no id"}""",
        """{"id": null, "text": "a null id"}""",
        """{"id": [1, 2], "text": "an array id"}""",
        """{"id": true, "text": "a true id"}""",
        """{"ID": 1, "Text": "names in another case"}""",
        """{"id": 1, "text": "twice", "text": "given twice"}""",
        """{"id": 1, "\u0074ext": "an escaped name"}""",
        """{"id": 1, "ſection": "a name the serializer folds", "text": "x"}""",
        """{"id": 1, "text": 5}""",
        """{"id": 1, "text": "trailing"} {"id": 2}""",
        """{"id": 1, "text": "comma",}""",
        """{"id": 1, "text": "unterminated""",
        """[1, 2]""",
        """null""",
        """ """,
        "\t\u00a0",
        "",
    ];

    [Theory]
    [MemberData(nameof(Lines))]
    public void ReadsWhatTheSerializerReads_When_ItTakesTheLine(string line)
    {
        var read = InputLine.TryRead(Encoding.UTF8.GetBytes(line), out var fields);

        if (string.IsNullOrWhiteSpace(line))
        {
            // A blank line is skipped either way; the quick reader may leave one beyond ASCII to the decoded text.
            Assert.True(!read || fields.IsBlank);
            return;
        }

        Input? expected;
        try
        {
            expected = JsonSerializer.Deserialize<Input>(line, CliJson.Options);
        }
        catch (JsonException)
        {
            Assert.False(read, "a line the serializer refuses must be left to it, for its message");
            return;
        }

        if (read)
        {
            Assert.False(fields.IsBlank);
            Assert.NotNull(expected);
            Assert.Equal(
                (Id(expected.Id), expected.Text, expected.Lang, expected.Section, expected.Kind, expected.DocumentBody),
                (Id(fields.Id), fields.Text, fields.Lang, fields.Section, fields.Kind, fields.DocumentBody));
        }
    }

    [Fact]
    public void ReadsTheUsualLine_When_ItsFieldsAreStringsOrNull()
    {
        Assert.True(InputLine.TryRead(Encoding.UTF8.GetBytes(UsualLine), out var fields));
        Assert.Equal(("0", "Nations Unies E/RES/2025/18", "paragraph"), (Id(fields.Id), fields.Text, fields.Kind));
    }

    private static string? Id(ParagraphId? id)
    {
        if (id is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = CliJson.Options.Encoder }))
        {
            id.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
