using System.Text.RegularExpressions;
using Serverless.Shared.Classification;

namespace Serverless.UnitTests.Classification;

/// <summary>
/// The taxonomy is the one home of the domain's facts (<c>docs/domain.md</c>, where each fact lives): a body id, an
/// action-line code, a paragraph opening or a request verb written again as a string in the C# sources of <c>shared/</c> and
/// <c>functions/</c> is a second copy that drifts. Tests are not scanned (they state expected values on purpose).
/// </summary>
public sealed partial class TaxonomyFactsTests
{
    /// <summary>
    /// Literals allowed to equal a fact, each for a reason, keyed by file (relative to the repository) and literal.
    /// </summary>
    private static readonly Dictionary<(string File, string Literal), string> Allowed = new()
    {
        // The OpenAPI document's examples are documentation for callers, not rules.
        [("shared/Serverless.Shared/Api/Contract/ApiRouteTable.cs", "C2")] = "an example request body in the API contract",
        [("shared/Serverless.Shared/Api/Contract/ApiRouteTable.cs", "C7")] = "an example query value in the API contract",
        [("shared/Serverless.Shared/Api/Contract/ApiRouteTable.cs", "GA")] = "an example value in the API contract",
        // "requests" is the name of a field of the language files, which the loader names in its messages.
        [("shared/Serverless.Shared/Classification/LanguageCatalog.cs", "requests")] = "a language-file field name",
        // The summary's conclusions collect the requests made of the Secretary-General, the report's author (the addressee
        // SG): a feature of the report, not a list of the domain.
        [("shared/Serverless.Shared/Summary/SummaryCompiler.cs", "SG")] = "the report's own addressee",
        [("shared/Serverless.Shared/Summary/Synthesis/ContributionSynthesiser.cs", "SG")] = "the report's own addressee",
        // "CSTD" there is an id of Summary/Synthesis/topics.json (the Commission as a subject of the report), not the body.
        [("shared/Serverless.Shared/Summary/Report/DraftReportBuilder.cs", "CSTD")] = "a topic id of topics.json",
    };

    [Fact]
    public void NoTaxonomyFactIsWrittenInCode_When_SourcesAreScanned()
    {
        // Arrange
        var taxonomy = Taxonomy.LoadEmbedded();
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var body in taxonomy.Bodies)
        {
            facts[body.Id] = "a body id";
        }

        foreach (var line in taxonomy.ActionLines)
        {
            facts[line.Code] = "an action-line code";
        }

        var openings = taxonomy.ParagraphOpenings!;
        foreach (var words in openings.Preambular.Values.Concat(openings.Operative.Values))
        {
            foreach (var word in words)
            {
                facts.TryAdd(word, "a paragraph opening");
            }
        }

        foreach (var words in taxonomy.RequestVerbs.Values)
        {
            foreach (var word in words)
            {
                facts.TryAdd(word, "a request verb");
            }
        }

        var root = CorpusFiles.RepositoryRoot;
        var sources = new[] { "shared", "functions" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        // Act
        var found = new List<string>();
        foreach (var path in sources)
        {
            var file = Path.GetRelativePath(root, path).Replace('\\', '/');
            var number = 0;
            foreach (var line in File.ReadLines(path))
            {
                number++;
                if (line.TrimStart().StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match literal in StringLiteral().Matches(line))
                {
                    var value = literal.Groups["value"].Value;
                    var fact = facts.GetValueOrDefault(value) ?? facts.GetValueOrDefault(value.ToLowerInvariant());
                    if (fact is not null && !Allowed.ContainsKey((file, value)))
                    {
                        found.Add($"{file}:{number}: \"{value}\" is {fact} of taxonomy.json");
                    }

                    if (OpeningsIn(value, facts) is { Count: >= 5 } listed && !Allowed.ContainsKey((file, value)))
                    {
                        found.Add($"{file}:{number}: a literal lists {listed.Count} paragraph openings of taxonomy.json ({string.Join(", ", listed.Take(5))}...)");
                    }
                }
            }
        }

        // Assert
        Assert.True(sources.Count > 100, $"Only {sources.Count} C# files found under {root}: the scan did not look where the code is.");
        Assert.True(found.Count == 0, "Read these from the taxonomy instead:\n" + string.Join('\n', found));
    }

    [Fact]
    public void FindsTheOldOpeningPattern_When_ALiteralListsOpenings()
    {
        // The regular expression the segmenter once held: the check above must see such a list.
        var facts = Taxonomy.LoadEmbedded().ParagraphOpenings!.Preambular.Values.SelectMany(w => w)
            .Distinct().ToDictionary(w => w, _ => "a paragraph opening");

        var listed = OpeningsIn("^(?:Rappelant|Réaffirmant|Notant|Considérant|Recalling|Reaffirming|Noting)\\b", facts);

        Assert.Equal(7, listed.Count);
    }

    /// <summary>The distinct openings a literal holds as whole words (a regular expression or a list written in code).</summary>
    private static List<string> OpeningsIn(string literal, Dictionary<string, string> facts) =>
        Word().Matches(literal).Select(m => m.Value.ToLowerInvariant())
            .Where(w => facts.GetValueOrDefault(w) == "a paragraph opening")
            .Distinct()
            .ToList();

    /// <summary>A regular or verbatim string literal on one line, its text in <c>value</c>.</summary>
    [GeneratedRegex(@"@""(?<value>(?:[^""]|"""")*)""|(?<!@)""(?<value>(?:[^""\\]|\\.)*)""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
