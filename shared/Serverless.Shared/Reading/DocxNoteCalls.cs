using System.Globalization;

namespace Serverless.Shared.Reading;

/// <summary>
/// Numbers the calls of one kind of note (footnotes or endnotes) in the order they come, and reads each note once. Word
/// writes one call per note; a call that names a note called already (a tool that copies the call, or a file made to
/// repeat it) is written with that note's number, as the HTML reader numbers a second link to one note
/// (<see cref="HtmlNotes"/>), and does not give the note's text again. Given again at every call, one note of a
/// megabyte called 19,000 times in a file of 650 KB was read as 20 GB of paragraphs.
/// </summary>
internal sealed class DocxNoteCalls
{
    private readonly Dictionary<long, string> _numbers = [];

    /// <summary>The number to show for a call of note <paramref name="id"/>, and whether it is the note's first call.</summary>
    public (string Number, bool First) Next(long id)
    {
        if (_numbers.TryGetValue(id, out var number))
        {
            return (number, false);
        }

        number = (_numbers.Count + 1).ToString(CultureInfo.InvariantCulture);
        _numbers[id] = number;
        return (number, true);
    }
}
