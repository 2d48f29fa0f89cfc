using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Classification;

namespace Serverless.UnitTests.Classification;

public class TaxonomyTests
{
    private static readonly Taxonomy Taxonomy = ClassifierFixture.Taxonomy;

    [Fact]
    public void DefinesEveryActionLineAndSubLine_When_LoadedFromTheEmbeddedFile()
    {
        var expected = Enumerable.Range(1, 11).Select(i => $"C{i}").Concat(Enumerable.Range(1, 8).Select(i => $"C7.{i}"));

        Assert.Equal(expected.Order(), Taxonomy.ActionLines.Select(a => a.Code).Order());
        Assert.All(Taxonomy.ActionLines.Where(a => a.Code.StartsWith("C7.", StringComparison.Ordinal)), a => Assert.Equal("C7", a.Parent));
        Assert.All(Taxonomy.ActionLines, a => Assert.True(a.Terms.ContainsKey("en") && a.Terms.ContainsKey("fr")));
    }

    [Fact]
    public void DefinesEveryBodyOfTheDomain_When_LoadedFromTheEmbeddedFile()
    {
        string[] bodies = ["GA", "ECOSOC", "CSTD", "HRC", "ITU-COUNCIL", "ITU-PP", "CWG-WSIS", "UNESCO-GC", "SG", "IGF", "WSIS-SUMMIT"];

        Assert.Equal(bodies.Order(), Taxonomy.Bodies.Select(b => b.Id).Order());
        Assert.Equal("C7", Taxonomy.TopLevelOf("C7.4"));
    }

    [Fact]
    public void RoundTripsThroughJson_When_ServedByTheApi()
    {
        var json = JsonSerializer.Serialize(Taxonomy, new JsonSerializerOptions(JsonSerializerDefaults.Web));

        var again = Taxonomy.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(Taxonomy.Version, again.Version);
        Assert.Equal(Taxonomy.ActionLines.Count, again.ActionLines.Count);
        Assert.Equal(Taxonomy.Bodies.SelectMany(b => b.SymbolPatterns), again.Bodies.SelectMany(b => b.SymbolPatterns));
    }

    [Fact]
    public void ClassifiesWithNewTerm_When_OnlyTheDataChanges()
    {
        var json = JsonSerializer.Serialize(Taxonomy, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            .Replace("\"cyberagriculture\"", "\"cyberagriculture\",\"agrotech\"", StringComparison.Ordinal);
        var changed = Taxonomy.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        var labels = new TaxonomyClassifier(changed).Classify(new ClassificationRequest("L'agrotech progresse.", "fr"));

        Assert.Equal("C7.7", labels.PrimaryActionLine);
    }

    [Fact]
    public void RejectsTaxonomy_When_SymbolPatternIsInvalid()
    {
        var json = JsonSerializer.Serialize(Taxonomy with
        {
            Bodies = [.. Taxonomy.Bodies, new BodyDefinition("X", "X", "X", [], ["(unclosed"])],
        }, new JsonSerializerOptions(JsonSerializerDefaults.Web));

        var error = Assert.Throws<InvalidDataException>(() => Taxonomy.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.Contains("X", error.Message);
    }

    [Fact]
    public void RegistersTaxonomyClassifier_When_ClassificationIsAdded()
    {
        using var provider = new ServiceCollection().AddClassification().BuildServiceProvider();

        Assert.IsType<TaxonomyClassifier>(provider.GetRequiredService<IParagraphClassifier>());
    }
}
