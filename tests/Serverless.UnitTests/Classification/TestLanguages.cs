using System.Text;
using Serverless.Shared.Classification;

namespace Serverless.UnitTests.Classification;

/// <summary>The embedded French and English files plus the made-up language of <c>Languages/xx.json</c>.</summary>
public static class TestLanguages
{
    public static string MadeUpJson { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Classification", "Languages", "xx.json"));

    /// <summary>French, English and the made-up language (its JSON given, or the file's).</summary>
    public static LanguageCatalog WithMadeUp(string? madeUpJson = null) =>
        LanguageCatalog.Load([Embedded("fr"), Embedded("en"), ("xx.json", new MemoryStream(Encoding.UTF8.GetBytes(madeUpJson ?? MadeUpJson)))]);

    public static (string Name, Stream Json) Embedded(string code) =>
        ($"{code}.json", typeof(LanguageCatalog).Assembly.GetManifestResourceStream($"Serverless.Shared.Languages.{code}.json")
            ?? throw new InvalidOperationException($"No embedded {code}.json."));
}
