namespace Serverless.Shared.Reading;

/// <summary>
/// A value taken from a file (a part's name, a link's target) as a reason quotes it: without control characters and at
/// most <see cref="MaxLength"/> of its characters. A ZIP entry's name may be 65,535 bytes long, and a reason travels on
/// the document's row, in its <c>document.failed</c> event and to the person who uploaded it.
/// </summary>
internal static class QuotedValue
{
    public const int MaxLength = 80;

    public static string Of(string value)
    {
        var shown = new string(value.Where(c => !char.IsControl(c)).ToArray());
        if (shown.Length <= MaxLength)
        {
            return shown;
        }

        var cut = char.IsHighSurrogate(shown[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return shown[..cut] + "…";
    }
}
