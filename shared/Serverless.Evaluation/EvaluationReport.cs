namespace Serverless.Evaluation;

/// <summary>The result of running a classifier over a labelled set: per language, and over all languages.</summary>
public sealed record EvaluationReport(IReadOnlyList<LanguageEvaluation> Languages, LanguageEvaluation Overall)
{
    public LanguageEvaluation? For(string language) =>
        Languages.FirstOrDefault(l => string.Equals(l.Language, language, StringComparison.OrdinalIgnoreCase));
}
