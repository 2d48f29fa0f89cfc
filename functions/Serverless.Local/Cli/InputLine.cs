using System.Text.Json;
using System.Text.Unicode;

namespace Serverless.Local.Cli;

/// <summary>
/// Reads the usual <c>./wsis classify</c> line straight from its UTF-8 bytes: one JSON object whose <c>id</c> is a number
/// or a string and whose other fields the command reads are strings or null, each named once and as written here,
/// anything else skipped. Every other line (a field named in another case, given twice or of another type, an id of
/// another kind, invalid UTF-8 or invalid JSON) is left to the serializer, so each line ends as the serializer reads it,
/// with the same messages; only the usual ones are read without a serializer's work per line, which was most of the
/// command's reading.
/// </summary>
internal static class InputLine
{
    /// <summary>The fields of a line read here; <see cref="IsBlank"/> for a line of ASCII white space alone.</summary>
    internal readonly record struct Fields(bool IsBlank, ParagraphId? Id, string? Text, string? Lang, string? Section, string? Kind, string? DocumentBody);

    private static readonly string[] Names = ["id", "text", "lang", "section", "kind", "documentBody"];

    /// <summary>False when the serializer must read the line.</summary>
    public static bool TryRead(ReadOnlySpan<byte> line, out Fields fields)
    {
        fields = default;
        if (IsAsciiBlank(line))
        {
            fields = new Fields(true, null, null, null, null, null, null);
            return true;
        }

        if (!Utf8.IsValid(line))
        {
            return false;
        }

        try
        {
            return TryReadObject(line, out fields);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    private static bool TryReadObject(ReadOnlySpan<byte> line, out Fields fields)
    {
        fields = default;
        var reader = new Utf8JsonReader(line);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        ParagraphId? id = null;
        var values = new string?[Names.Length];
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.ValueIsEscaped ? -2 : FieldOf(reader.ValueSpan);
            if (field == -2 || !reader.Read())
            {
                return false;
            }

            if (field < 0)
            {
                reader.Skip();
                continue;
            }

            if ((seen & (1 << field)) != 0)
            {
                return false;
            }

            seen |= 1 << field;
            switch (reader.TokenType)
            {
                case JsonTokenType.Number when field == 0:
                    id = ParagraphId.FromNumber(reader.ValueSpan);
                    break;
                case JsonTokenType.String when field == 0:
                    id = ParagraphId.FromString(reader.GetString()!);
                    break;
                case JsonTokenType.String:
                    values[field] = reader.GetString();
                    break;
                case JsonTokenType.Null when field > 0:
                    break;
                default:
                    return false;
            }
        }

        // The object must end the line: the serializer refuses anything after it.
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            return false;
        }

        fields = new Fields(false, id, values[1], values[2], values[3], values[4], values[5]);
        return true;
    }

    /// <summary>
    /// The field's index in <see cref="Names"/>; -1 for a field the command does not read; -2 for a name the serializer
    /// might match in another case (it ignores case): such a line is the serializer's to read.
    /// </summary>
    private static int FieldOf(ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (name.Length == Names[i].Length && System.Text.Ascii.Equals(name, Names[i]))
            {
                return i;
            }
        }

        for (var i = 0; i < Names.Length; i++)
        {
            if (name.Length == Names[i].Length && System.Text.Ascii.EqualsIgnoreCase(name, Names[i]))
            {
                return -2;
            }
        }

        // A name beyond ASCII may fold to one of the names under the serializer's case rules ("ſection"): its to read.
        return System.Text.Ascii.IsValid(name) ? -1 : -2;
    }

    private static bool IsAsciiBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b >= 0x80 || !char.IsWhiteSpace((char)b))
            {
                return false;
            }
        }

        return true;
    }
}
