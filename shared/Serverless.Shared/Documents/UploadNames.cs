using System.Globalization;
using System.Text;

namespace Serverless.Shared.Documents;

/// <summary>
/// The one rule that turns what a contributor calls a file, a year and an entity into parts of a blob name. HTTP
/// uploads, links, the blob trigger and the intake sweep all go through it, so a name cannot mean one place to one of
/// them and another place to another. Why it matters: blob addresses are URLs, and the URL parser folds <c>.</c> and
/// <c>..</c> segments and turns <c>\</c> into <c>/</c>, so <c>2033/../e.txt</c> is written as <c>e.txt</c> while the
/// document row still waits for <c>2033/../e.txt</c>.
/// </summary>
public static class UploadNames
{
    /// <summary>Longest file name kept (blob names may be 1,024 characters; folders need room too).</summary>
    public const int MaxFileNameLength = 200;

    /// <summary>Longest entity name accepted.</summary>
    public const int MaxEntityLength = 100;

    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>
    /// A file name safe as the last segment of a blob name: the part after the last <c>/</c> or <c>\</c>, without
    /// control or invisible formatting characters, without leading or trailing dots and spaces, not a device name,
    /// at most <see cref="MaxFileNameLength"/> characters (the extension kept). Null when nothing usable is left.
    /// </summary>
    public static string? CleanFileName(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        var last = raw[(raw.LastIndexOfAny(['/', '\\']) + 1)..];
        var name = WithoutControlCharacters(last).Trim().Trim('.', ' ');
        if (name.Length == 0)
        {
            return null;
        }

        var stem = Path.GetFileNameWithoutExtension(name);
        if (ReservedNames.Contains(stem.TrimEnd(' ')))
        {
            name = "_" + name;
        }

        if (name.Length > MaxFileNameLength)
        {
            var extension = Path.GetExtension(name);
            extension = extension.Length > 16 ? "" : extension;
            name = WholeLettersWithin(name, MaxFileNameLength - extension.Length).TrimEnd('.', ' ') + extension;
        }

        return name;
    }

    /// <summary>
    /// The longest start of <paramref name="text"/> of at most <paramref name="length"/> characters that ends between two
    /// letters as a reader sees them: cut by characters, a name of emoji or of letters with accents kept half of the
    /// last one (a lone surrogate, which storage and JSON write as U+FFFD, or an accent without its letter).
    /// </summary>
    private static string WholeLettersWithin(string text, int length)
    {
        var end = 0;
        while (end < text.Length)
        {
            var next = end + StringInfo.GetNextTextElementLength(text, end);
            if (next > length)
            {
                break;
            }

            end = next;
        }

        return text[..end];
    }

    /// <summary>Why <paramref name="entity"/> cannot be a folder of a blob name, or null when it can.</summary>
    public static string? EntityProblem(string entity)
    {
        if (entity.Contains('/') || entity.Contains('\\'))
        {
            return "The entity may not contain '/' or '\\': give the contributor's name or acronym without '/' or '\\', e.g. ITU.";
        }

        if (entity.Trim('.').Length == 0)
        {
            return $"'{entity}' is not an entity name; give the contributor's name or acronym, e.g. entity=ITU.";
        }

        if (entity.Any(IsUnwanted))
        {
            return "The entity may not contain control characters.";
        }

        if (entity.Length > MaxEntityLength)
        {
            return $"The entity name is {entity.Length} characters long; at most {MaxEntityLength} are accepted.";
        }

        if (EntitySpelling.Problem(entity) is { } spelling)
        {
            return spelling;
        }

        return UploadPath.TryParseYear(entity, out _)
            ? $"'{entity}' looks like a year; give the year as year={entity} and the entity's name as entity."
            : null;
    }

    /// <summary>
    /// Whether one folder of a blob name may stand for an entity: not a dot segment, no control characters, spelt as a
    /// name (<see cref="EntitySpelling"/>). A blob written straight into storage keeps its name; a folder that fails this
    /// is just not read as the entity.
    /// </summary>
    public static bool IsUsableFolder(string folder) =>
        folder.Trim('.', ' ').Length > 0 && !folder.Any(IsUnwanted) && folder.Length <= MaxEntityLength && !folder.Contains('\\') &&
        EntitySpelling.Problem(folder) is null;

    /// <summary>
    /// The blob name of an upload once another one holds its natural name: the content id's first 12 hex digits
    /// before the extension, so two different files never share a name and the same file always gets the same one.
    /// </summary>
    public static string WithContentId(string blobName, string documentId)
    {
        var slash = blobName.LastIndexOf('/');
        var folder = blobName[..(slash + 1)];
        var file = blobName[(slash + 1)..];
        var extension = Path.GetExtension(file);
        return $"{folder}{Path.GetFileNameWithoutExtension(file)}-{documentId[..12]}{extension}";
    }

    /// <summary>
    /// User text made safe for one log line: control characters (CR and LF among them) written as <c>\u000d</c>, so
    /// a file name cannot forge a log entry, and the whole cut at 300 characters.
    /// </summary>
    public static string ForLog(string? text)
    {
        if (text is null)
        {
            return "(none)";
        }

        var builder = new StringBuilder(Math.Min(text.Length, 300));
        foreach (var c in text.Length > 300 ? text[..300] : text)
        {
            if (IsUnwanted(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return text.Length > 300 ? builder.Append('…').ToString() : builder.ToString();
    }

    private static string WithoutControlCharacters(string text) =>
        text.Any(IsUnwanted) ? new string(text.Where(c => !IsUnwanted(c)).ToArray()) : text;

    /// <summary>C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional overrides that make a name read backwards.</summary>
    private static bool IsUnwanted(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\ufeff';
}
