namespace Serverless.UnitTests;

/// <summary>A fact that runs only where the corpus is present.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (!CorpusFiles.Available)
        {
            Skip = CorpusFiles.MissingReason;
        }
    }
}

/// <summary>A theory that runs only where the corpus is present.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (!CorpusFiles.Available)
        {
            Skip = CorpusFiles.MissingReason;
        }
    }
}
