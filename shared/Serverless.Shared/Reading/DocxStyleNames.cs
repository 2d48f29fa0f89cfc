using System.Text.Json;
using System.Text.RegularExpressions;

namespace Serverless.Shared.Reading;

/// <summary>
/// The Word style names that mark headings, titles and lists (<c>Reading/docx-styles.json</c>, embedded), loaded
/// once; immutable, so one instance serves all threads.
/// </summary>
internal sealed class DocxStyleNames
{
    private static readonly Lazy<DocxStyleNames> Loaded = new(Load);

    private readonly string[] _titles;
    private readonly string[] _lists;

    private DocxStyleNames(string[] headings, string[] titles, string[] lists, string[] contents)
    {
        Contents = new Regex($"^(?:{string.Join('|', contents.Select(Regex.Escape))})\\s*(?:[1-9]|heading)$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        Heading = new Regex($"^(?:{string.Join('|', headings.Select(Regex.Escape))})\\s*(?<level>[1-9])$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        _titles = titles;
        _lists = lists;
    }

    public static DocxStyleNames Embedded => Loaded.Value;

    /// <summary>A heading style's name with its level in the group <c>level</c>: <c>heading 2</c>, <c>Titre2</c>.</summary>
    public Regex Heading { get; }

    /// <summary>A table of contents' entry or title style: <c>toc 1</c>, <c>TOC Heading</c>, <c>Contents 2</c>.</summary>
    public Regex Contents { get; }

    public bool IsTitle(string name) => _titles.Any(t => name.Equals(t, StringComparison.OrdinalIgnoreCase));

    public bool IsList(string name) => _lists.Any(l => name.Contains(l, StringComparison.OrdinalIgnoreCase));

    private static DocxStyleNames Load()
    {
        using var stream = typeof(DocxStyleNames).Assembly.GetManifestResourceStream("Serverless.Shared.docx-styles.json")
            ?? throw new InvalidOperationException("The embedded docx-styles.json is missing from Serverless.Shared.");
        var file = JsonSerializer.Deserialize<File>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip });
        if (file is not { Headings.Length: > 0, Titles: not null, Lists: not null, Contents.Length: > 0 })
        {
            throw new InvalidDataException("docx-styles.json needs \"headings\" and \"contents\" (not empty), \"titles\" and \"lists\".");
        }

        return new DocxStyleNames(file.Headings, file.Titles, file.Lists, file.Contents);
    }

    private sealed record File(string[] Headings, string[] Titles, string[] Lists, string[] Contents);
}
