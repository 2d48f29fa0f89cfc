using System.Globalization;
using System.Text;

namespace Serverless.Shared.Reading;

/// <summary>
/// Writes a page's turn (<c>/Rotate</c>) that is not a whole number of quarter turns as the quarter turn a viewer shows,
/// before the PDF library opens the file. The standard allows only multiples of 90; a broken or hostile writer may put
/// <c>/Rotate 45</c>, <c>-100</c>, <c>37.5</c> or a number past any integer there, and the library then refused every
/// page, so a readable document was "damaged". Chromium's viewer (PDFium) shows such a page turned by the whole quarter
/// turns the number holds (45 upright, 135 a quarter, -100 three quarters), and so it is read. The number is rewritten in
/// place, padded with spaces, so every offset of the file stays true; a turn given by reference, or inside a compressed
/// object stream, is left to the library.
/// </summary>
internal static class PdfQuarterTurns
{
    private static readonly byte[] RotateName = "/Rotate"u8.ToArray();

    /// <summary>Rewrites each turn of <paramref name="bytes"/> that the library would refuse; true when one was.</summary>
    public static bool Normalise(byte[] bytes)
    {
        var changed = false;
        var position = 0;
        while (true)
        {
            var found = bytes.AsSpan(position).IndexOf(RotateName);
            if (found < 0)
            {
                return changed;
            }

            position += found + RotateName.Length;
            var start = position;
            while (start < bytes.Length && IsWhiteSpace(bytes[start]))
            {
                start++;
            }

            var end = start;
            while (end < bytes.Length && (bytes[end] is (byte)'+' or (byte)'-' or (byte)'.' || char.IsAsciiDigit((char)bytes[end])))
            {
                end++;
            }

            // "/Rotate" must end there (not "/RotateX"), and the number must not be the start of a reference "N G R".
            var number = end > start ? Encoding.ASCII.GetString(bytes, start, end - start) : "";
            if (start == position || end == start || IsReference(bytes, end) || IsTakenAsItIs(number) || QuarterTurn(number) is not { } turn)
            {
                continue;
            }

            var written = Encoding.ASCII.GetBytes(turn.ToString(CultureInfo.InvariantCulture));
            if (written.Length > end - start)
            {
                continue;
            }

            bytes.AsSpan(start, end - start).Fill((byte)' ');
            written.CopyTo(bytes, start);
            changed = true;
            position = end;
        }
    }

    /// <summary>The turn a viewer shows for <paramref name="number"/> degrees: its whole quarter turns, 0 to 270; null when it is no number.</summary>
    internal static int? QuarterTurn(string number)
    {
        if (!decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var degrees))
        {
            return number.Length > 0 && number.TrimStart('+', '-').All(char.IsAsciiDigit) ? 0 : null;
        }

        var quarters = (int)(decimal.Truncate(degrees / 90) % 4);
        return (quarters + 4) % 4 * 90;
    }

    /// <summary>A whole multiple of 90 the library takes (-90 as 270): left as written.</summary>
    private static bool IsTakenAsItIs(string number) =>
        int.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var degrees) && degrees % 90 == 0;

    private static bool IsReference(byte[] bytes, int end)
    {
        var i = end;
        var spaces = 0;
        while (i < bytes.Length && IsWhiteSpace(bytes[i]))
        {
            i++;
            spaces++;
        }

        var digits = i;
        while (i < bytes.Length && char.IsAsciiDigit((char)bytes[i]))
        {
            i++;
        }

        if (spaces == 0 || i == digits)
        {
            return false;
        }

        while (i < bytes.Length && IsWhiteSpace(bytes[i]))
        {
            i++;
        }

        return i < bytes.Length && bytes[i] == (byte)'R';
    }

    private static bool IsWhiteSpace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0;
}
