namespace Serverless.Shared.Classification;

/// <summary>The weights and thresholds of <see cref="TaxonomyClassifier"/>; the defaults were tuned on the tuning part of <c>tests/eval/</c>.</summary>
public sealed record ClassifierOptions
{
    /// <summary>Weight of an ordinary term (<c>terms</c> in the taxonomy).</summary>
    public double TermWeight { get; init; } = 1.0;

    /// <summary>Weight of a specific term (<c>keyTerms</c>) and of an action line's own name.</summary>
    public double KeyTermWeight { get; init; } = 3.0;

    /// <summary>Weight given by an enclosing heading that names an action line.</summary>
    public double SectionWeight { get; init; } = 6.0;

    /// <summary>How many times one term may count in one paragraph; repeats beyond that say nothing new.</summary>
    public int MaxOccurrencesPerTerm { get; init; } = 2;

    /// <summary>The least score for any label: below it the paragraph gives no clear signal.</summary>
    public double MinScore { get; init; } = 2.0;

    /// <summary>A secondary label needs at least this share of the primary's score.</summary>
    public double SecondaryRatio { get; init; } = 0.6;

    /// <summary>
    /// Paragraphs longer than this many words need <see cref="LongParagraphExtraScore"/> more: long texts pick up
    /// incidental terms that do not make their topic.
    /// </summary>
    public int LongParagraphWords { get; init; } = 45;

    /// <summary>What a long paragraph adds to <see cref="MinScore"/>.</summary>
    public double LongParagraphExtraScore { get; init; } = 1.0;

    /// <summary>The least score for a secondary label: a second line needs one specific term or several ordinary ones.</summary>
    public double SecondaryMinScore { get; init; } = 4.0;

    /// <summary>At most this many action lines per paragraph.</summary>
    public int MaxLabels { get; init; } = 3;

    /// <summary>At most this many evidence strings per label.</summary>
    public int MaxEvidence { get; init; } = 6;

    /// <summary>
    /// A paragraph naming this many different action-line codes or more lists them ("grandes orientations C2, C4,
    /// C5 et C6", an agency's facilitation roles): its codes are not its topic, and count for nothing.
    /// </summary>
    public int CodeListLength { get; init; } = 3;

    /// <summary>
    /// A paragraph touching this many sub-lines of one line or more, none by a specific term, is about the line as a
    /// whole (C7 rather than C7.1, C7.2 and C7.5); 0 turns the rule off.
    /// </summary>
    public int SpreadSubLines { get; init; } = 3;
}
