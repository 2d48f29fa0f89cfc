using System.Text;

namespace Serverless.Local.Cli;

/// <summary>
/// The lines of a UTF-8 stream as bytes, split where <see cref="StreamReader.ReadLine"/> splits them (<c>\n</c>,
/// <c>\r\n</c> or a lone <c>\r</c>; a last line without an end kept; a UTF-8 byte order mark dropped), without
/// decoding them to text: <c>./wsis classify</c> parses each line as UTF-8 JSON, and decoding 60 MB of lines to strings
/// only for the JSON reader to encode them back was a tenth of its reading. A stream that starts with a UTF-16 or
/// UTF-32 byte order mark is decoded as <see cref="StreamReader"/> decodes it, each line handed on as UTF-8.
/// </summary>
internal sealed class Utf8LineReader
{
    private static readonly byte[] Utf8Mark = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Utf16LittleEndianMark = [0xFF, 0xFE]; // and UTF-32's, which starts the same
    private static readonly byte[] Utf16BigEndianMark = [0xFE, 0xFF];
    private static readonly byte[] Utf32BigEndianMark = [0x00, 0x00, 0xFE, 0xFF];

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _ended;
    private bool _started;

    /// <summary>A <c>\r</c> ended the last line: a <c>\n</c> right after it belongs to the same line end.</summary>
    private bool _afterReturn;

    /// <summary>The decoding reader, for a stream in UTF-16 or UTF-32.</summary>
    private StreamReader? _text;
    private byte[] _encoded = [];

    public Utf8LineReader(Stream stream, int bufferSize)
    {
        _stream = stream;
        _buffer = new byte[Math.Max(bufferSize, 16)];
    }

    /// <summary>The next line, without its end; valid until the next call. False at the end of the stream.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        if (!_started)
        {
            Start();
        }

        if (_text is not null)
        {
            return TryReadDecodedLine(out line);
        }

        var scanned = 0;
        while (true)
        {
            if (_afterReturn && _start < _end)
            {
                _afterReturn = false;
                if (_buffer[_start] == (byte)'\n')
                {
                    _start++;
                }
            }

            var pending = _buffer.AsSpan(_start, _end - _start);
            var at = pending[scanned..].IndexOfAny((byte)'\n', (byte)'\r');
            if (at >= 0)
            {
                at += scanned;
                line = pending[..at];
                _afterReturn = pending[at] == (byte)'\r';
                _start += at + 1;
                return true;
            }

            if (_ended)
            {
                line = pending;
                _start = _end;
                return line.Length > 0;
            }

            scanned = pending.Length;
            Fill();
        }
    }

    /// <summary>Drops a UTF-8 byte order mark, or turns to decoding for a UTF-16 or UTF-32 one.</summary>
    private void Start()
    {
        _started = true;
        while (!_ended && _end < 4)
        {
            Fill();
        }

        var head = _buffer.AsSpan(0, _end);
        if (head.StartsWith(Utf8Mark))
        {
            _start = Utf8Mark.Length;
        }
        else if (head.StartsWith(Utf16LittleEndianMark) || head.StartsWith(Utf16BigEndianMark) || head.StartsWith(Utf32BigEndianMark))
        {
            var rest = new MemoryStream();
            rest.Write(head);
            _stream.CopyTo(rest);
            rest.Position = 0;
            _text = new StreamReader(rest, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
    }

    private bool TryReadDecodedLine(out ReadOnlySpan<byte> line)
    {
        if (_text!.ReadLine() is not { } text)
        {
            line = default;
            return false;
        }

        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_encoded.Length < length)
        {
            _encoded = new byte[length];
        }

        line = _encoded.AsSpan(0, Encoding.UTF8.GetBytes(text, _encoded));
        return true;
    }

    /// <summary>Moves what is left to the front (growing the buffer when a line fills it) and reads more.</summary>
    private void Fill()
    {
        var pending = _end - _start;
        if (_start > 0)
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
            _start = 0;
            _end = pending;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _ended = true;
        }

        _end += read;
    }
}
