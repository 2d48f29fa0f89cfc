namespace Serverless.Shared.Api;

/// <summary>
/// What a person writes beside a change (a label correction, a document's corrected year or entity, a withdrawal): a
/// name of at most <see cref="MaxReviewerLength"/> characters and a note or reason of at most <see cref="MaxNoteLength"/>,
/// neither holding control characters (a note may break lines), nor the name a direction override. A table property holds
/// 64 KB at most: a document correction named by 40,000 letters, or with a note as long, failed with a 500; and a name
/// that is only a bell (U+0007) was kept as the reviewer, one the export shows as <c>\u0007</c> and nobody can tell.
/// </summary>
public static class ReviewerFields
{
    public const int MaxReviewerLength = 200;
    public const int MaxNoteLength = 4000;

    /// <summary>Why the name or note cannot be kept, as a sentence for the person who sent them; null when both can.</summary>
    public static string? Problem(string reviewer, string? note, string noteName = "the note")
    {
        if (reviewer.Length > MaxReviewerLength || note?.Length > MaxNoteLength)
        {
            return $"The reviewer's name may have at most {MaxReviewerLength} characters and {noteName} at most {MaxNoteLength}.";
        }

        if (reviewer.Any(c => char.IsControl(c) || IsDirectionOverride(c)))
        {
            return "The reviewer's name may not contain control characters or direction overrides; give the name as it is written.";
        }

        return note?.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')) == true
            ? $"The text of {noteName} may not contain control characters other than line breaks and tabs."
            : null;
    }

    private static bool IsDirectionOverride(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
