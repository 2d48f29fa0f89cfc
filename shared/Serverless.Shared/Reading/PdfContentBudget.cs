using System.Runtime.InteropServices;
using System.Text;

namespace Serverless.Shared.Reading;

/// <summary>
/// Counts the drawing operators and the bytes of text strings in one PDF content stream as it is inflated, piece by
/// piece, and refuses the PDF once either passes its limit (<see cref="ReadingLimits.MaxPdfOperatorsPerStream"/>,
/// <see cref="ReadingLimits.MaxPdfTextBytesPerStream"/>). The PDF library turns every operator into an object and every
/// letter shown into another before a page can be read, all at once: a 100 KB file whose one page shows a letter at a
/// time three million times took 1.5 GB and 9 s. A dense real page has a few thousand letters and some ten thousand
/// operators. It also notes which named forms the stream draws (<c>/Name Do</c>), and how often, for
/// <see cref="PdfDrawingBudget"/> to count their drawing each time.
/// </summary>
internal sealed class PdfContentBudget
{
    private enum State { Between, Token, Comment, Text, HexText }

    /// <summary>Longest name kept while reading, to know which form a <c>Do</c> draws; real names are a few letters.</summary>
    private const int MaxKeptName = 127;

    private State _state;
    private int _textDepth;
    private bool _escaped;
    private long _operators;
    private long _textBytes;
    private readonly List<byte> _name = [];
    private bool _inName;
    private bool _hasLastName;
    private int _operatorLength;
    private byte _operatorFirst;
    private byte _operatorSecond;
    private Dictionary<string, int>? _drawn;

    public long Operators => _operators;

    public long TextBytes => _textBytes;

    /// <summary>How many times each named resource is drawn (<c>/Name Do</c>): forms, whose drawing is counted where they are drawn.</summary>
    public IReadOnlyDictionary<string, int> Drawn => _drawn ?? (IReadOnlyDictionary<string, int>)new Dictionary<string, int>();

    public void Add(ReadOnlySpan<byte> data)
    {
        foreach (var b in data)
        {
            switch (_state)
            {
                case State.Text:
                    _textBytes++;
                    if (_escaped)
                    {
                        _escaped = false;
                    }
                    else if (b == '\\')
                    {
                        _escaped = true;
                    }
                    else if (b == '(')
                    {
                        _textDepth++;
                    }
                    else if (b == ')' && --_textDepth == 0)
                    {
                        _state = State.Between;
                    }

                    continue;
                case State.HexText:
                    _textBytes++;
                    if (b == '>')
                    {
                        _state = State.Between;
                    }

                    continue;
                case State.Comment:
                    if (b is (byte)'\n' or (byte)'\r')
                    {
                        _state = State.Between;
                    }

                    continue;
                case State.Token when !IsDelimiter(b):
                    if (_inName)
                    {
                        if (_name.Count < MaxKeptName)
                        {
                            _name.Add(b);
                        }
                    }
                    else if (_operatorLength > 0)
                    {
                        _operatorLength++;
                        if (_operatorLength == 2)
                        {
                            _operatorSecond = b;
                        }
                    }

                    continue;
                case State.Token:
                    EndToken();
                    break;
            }

            // Between tokens, or at the end of one.
            _state = State.Between;
            switch (b)
            {
                case (byte)'(':
                    _state = State.Text;
                    _textDepth = 1;
                    break;
                case (byte)'<':
                    _state = State.HexText;
                    break;
                case (byte)'%':
                    _state = State.Comment;
                    break;
                case (byte)'/':
                    // A name: its letters are no operator.
                    _state = State.Token;
                    _inName = true;
                    _name.Clear();
                    break;
                default:
                    // An operator is a token that starts with a letter or a quote (operands are numbers, names, strings).
                    if (char.IsAsciiLetter((char)b) || b is (byte)'\'' or (byte)'"')
                    {
                        _operators++;
                        _state = State.Token;
                        _inName = false;
                        _operatorLength = 1;
                        _operatorFirst = b;
                    }
                    else if (!IsDelimiter(b))
                    {
                        // A number: it ends no name's use.
                        _state = State.Token;
                        _inName = false;
                        _operatorLength = 0;
                        _hasLastName = false;
                    }

                    break;
            }
        }

        if (_operators > ReadingLimits.MaxPdfOperatorsPerStream || _textBytes > ReadingLimits.MaxPdfTextBytesPerStream)
        {
            throw new UnreadableDocumentException(
                $"A page of the PDF draws more than {ReadingLimits.MaxPdfOperatorsPerStream:N0} separate pieces or {ReadingLimits.MaxPdfTextBytesPerStream:N0} letters " +
                "(no real page comes near), so reading it would take more memory than the platform gives one document; it was not read. " +
                "Export the document to PDF again, or upload the DOCX.");
        }
    }

    /// <summary>Called when a name or an operator ends: a name is kept for the operator after it; <c>Do</c> counts it drawn.</summary>
    private void EndToken()
    {
        if (_inName)
        {
            // Kept as bytes until a Do uses it: most names (fonts, graphics states, tags) are never drawn.
            _inName = false;
            _hasLastName = true;
            return;
        }

        if (_operatorLength == 2 && _operatorFirst == 'D' && _operatorSecond == 'o' && _hasLastName)
        {
            var name = Encoding.Latin1.GetString(CollectionsMarshal.AsSpan(_name));
            _drawn ??= [];
            _drawn[name] = _drawn.GetValueOrDefault(name) + 1;
        }

        if (_operatorLength > 0)
        {
            _hasLastName = false;
            _operatorLength = 0;
        }
    }

    /// <summary>Ends the token the data ended in (a <c>Do</c> at the very end of a stream).</summary>
    public void Finish()
    {
        if (_state == State.Token)
        {
            EndToken();
            _state = State.Between;
        }
    }

    private static bool IsDelimiter(byte b) =>
        b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0 or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>'
            or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
}
