using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Serverless.Local.Cli;

/// <summary>
/// The <c>id</c> of a <c>./wsis classify</c> line, written back as it came. A number keeps its digits, a string is written
/// as the JSON writer writes strings, anything else (an object, an array) is kept as a <see cref="JsonElement"/>: the
/// same output as keeping every id as an element, without parsing a JSON document per line for the usual number or
/// string.
/// </summary>
[JsonConverter(typeof(Converter))]
internal sealed class ParagraphId
{
    private readonly JsonTokenType _kind;
    private readonly string? _text;
    private readonly byte[]? _number;
    private readonly JsonElement _element;

    private ParagraphId(JsonTokenType kind, string? text = null, byte[]? number = null, JsonElement element = default)
    {
        _kind = kind;
        _text = text;
        _number = number;
        _element = element;
    }

    /// <summary>A string id, as the converter reads it.</summary>
    public static ParagraphId FromString(string text) => new(JsonTokenType.String, text: text);

    /// <summary>A number id, its JSON digits as they came.</summary>
    public static ParagraphId FromNumber(ReadOnlySpan<byte> digits) => new(JsonTokenType.Number, number: digits.ToArray());

    public void WriteTo(Utf8JsonWriter writer)
    {
        switch (_kind)
        {
            case JsonTokenType.String:
                writer.WriteStringValue(_text);
                break;
            case JsonTokenType.Number:
                writer.WriteRawValue(_number!, skipInputValidation: true);
                break;
            case JsonTokenType.True or JsonTokenType.False:
                writer.WriteBooleanValue(_kind == JsonTokenType.True);
                break;
            case JsonTokenType.Null:
                writer.WriteNullValue();
                break;
            default:
                _element.WriteTo(writer);
                break;
        }
    }

    private sealed class Converter : JsonConverter<ParagraphId>
    {
        public override bool HandleNull => true;

        public override ParagraphId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.String => FromString(reader.GetString()!),
            JsonTokenType.Number => FromNumber(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
            JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null => new ParagraphId(reader.TokenType),
            _ => new ParagraphId(JsonTokenType.None, element: JsonElement.ParseValue(ref reader)),
        };

        public override void Write(Utf8JsonWriter writer, ParagraphId value, JsonSerializerOptions options) => value.WriteTo(writer);
    }
}
