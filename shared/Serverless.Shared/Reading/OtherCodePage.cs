namespace Serverless.Shared.Reading;

/// <summary>
/// Recognises text saved in an older encoding of another script, for bytes that are neither UTF-8 nor UTF-16 and so
/// would be read as Windows-1252 (the Western European one French and English text was saved in by older tools).
/// Such bytes decode to letters all the same, so they were read: Chinese in GB18030 or Big5, Japanese in Shift-JIS,
/// Korean in EUC-KR, Russian in Windows-1251 or Arabic in Windows-1256 came out as runs of accented Latin letters and
/// symbols ("¿í´øÁ¬½Ó", "Ãåíåðàëüíàÿ"), classified as a document in no language; Shift-JIS was refused as "binary
/// data". The shape tells them apart without guessing which encoding it is: a Western European text has its few bytes
/// above 127 alone or in pairs between ASCII letters (<c>é</c>, <c>« </c>), while another script's text is made of
/// them, a word or a sentence at a time. Runs that are valid UTF-8 (a UTF-8 file with one stray byte) do not count.
/// </summary>
internal static class OtherCodePage
{
    /// <summary>A run of this many bytes above 127 in a row is a word of another script, not accents of a Latin one.</summary>
    private const int RunLength = 4;

    /// <summary>Fewer bytes in such runs than this (a name, a symbol or two) leave the text to Windows-1252.</summary>
    private const int MinRunBytes = 16;

    public static void Refuse(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        int high = 0, inRuns = 0;
        var start = -1;
        for (var i = 0; i <= sample.Length; i++)
        {
            if (i < sample.Length && sample[i] >= 0x80)
            {
                high++;
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0 && i - start >= RunLength && !System.Text.Unicode.Utf8.IsValid(sample[start..i]))
            {
                inRuns += i - start;
            }

            start = -1;
        }

        if (inRuns >= MinRunBytes && inRuns * 2 > high)
        {
            throw new UnreadableDocumentException(
                "The file's text is not saved in Unicode (UTF-8 or UTF-16) nor in the Western European encoding (Windows-1252): " +
                "its letters are coded in an older encoding of another script (such as GB18030 or Big5 for Chinese, Shift-JIS for Japanese, " +
                "or Windows-1251 for Cyrillic), whose letters cannot be told with certainty. Save it as UTF-8 and upload it again.");
        }
    }
}
