using System.Text.Json;
using System.Text.Json.Serialization;

namespace Serverless.Shared.Classification.Model;

/// <summary>
/// The trained action-line model as stored (<c>action-line-model.json</c>, embedded). The probability that a paragraph
/// belongs to line L is sigmoid(bias(L) + Σ shared weight × L's lexicon features + Σ (shared word weight + L's word
/// weight) × word). Shared weights say how far to trust the lexicon and which words mean "no line"; each line's own
/// weights say which words speak for or against it. Written by <c>./wsis train</c>; read by <see cref="ActionLineModel"/>.
/// </summary>
public sealed record ActionLineModelFile
{
    public const string ResourceName = "Serverless.Shared.action-line-model.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The taxonomy version whose lexicon scores the model was trained on; another version needs retraining.</summary>
    public required string TaxonomyVersion { get; init; }

    /// <summary>What the model was trained on, and how, for the people who read the file.</summary>
    public required string TrainedOn { get; init; }

    /// <summary>The most probable line is given when its probability reaches this.</summary>
    public required double Threshold { get; init; }

    /// <summary>
    /// Further lines are given when their probability reaches this (never below <see cref="Threshold"/>): a second
    /// line needs a distinct statement, so it may need more than the first. Absent: the same as <see cref="Threshold"/>.
    /// </summary>
    public double? SecondaryThreshold { get; init; }

    /// <summary>
    /// The most probable line's threshold on a paragraph where the lexicon finds no line, when it differs from
    /// <see cref="Threshold"/>: procedural text (sessions, reports, thanks) has no term either, and a higher bar there
    /// keeps it without a label while the model still labels plain words it is sure of.
    /// </summary>
    public double? SilentLexiconThreshold { get; init; }

    /// <summary>
    /// <see cref="SilentLexiconThreshold"/> for narrative text (a report's or a contribution's paragraph, a list item),
    /// lower: a resolution's preambular and operative paragraphs without a term are mostly about the process and keep
    /// the higher bar, while a plain-words account of what someone did is about a field far more often than not, and
    /// the model, which has seen no word of the field, spreads its probability. Absent: the same as
    /// <see cref="SilentLexiconThreshold"/>.
    /// </summary>
    public double? SilentNarrativeThreshold { get; init; }

    /// <summary>
    /// <see cref="SilentLexiconThreshold"/> for a heading, when it differs: a heading names a part of a document ("Asia
    /// and the Pacific", "Role of the Union in the implementation..."), not a statement about a field, and no written
    /// training paragraph is one, so lowering the other bars on written paragraphs says nothing about it. Absent: the
    /// same as <see cref="SilentLexiconThreshold"/>.
    /// </summary>
    public double? SilentHeadingThreshold { get; init; }

    /// <summary>
    /// When true, the lexicon's labels stand wherever it gives one, and the model labels only the paragraphs on which
    /// the lexicon is silent: the lexicon is right on text that uses the taxonomy's terms (the corpus, UN documents),
    /// the model on plain words it has no term for.
    /// </summary>
    public bool LexiconFirst { get; init; }

    /// <summary>
    /// With <see cref="LexiconFirst"/>: the model's lines replace the lexicon's when the model gives another primary line
    /// with at least this probability. Absent: the lexicon's lines always stand where it gives one.
    /// </summary>
    public double? OverrideThreshold { get; init; }

    public required IReadOnlyList<string> Words { get; init; }

    /// <summary>Weights of the per-line lexicon features (<see cref="ActionLineFeatures.LineFeatureNames"/>), the same for every line.</summary>
    public required IReadOnlyDictionary<string, double> LineFeatureWeights { get; init; }

    /// <summary>Word weights the same for every line (<c>word:…</c>).</summary>
    public required IReadOnlyDictionary<string, double> SharedWordWeights { get; init; }

    public required IReadOnlyList<LineWeights> Lines { get; init; }

    public static ActionLineModelFile? LoadEmbedded()
    {
        using var stream = typeof(ActionLineModelFile).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }

    public static ActionLineModelFile Load(Stream json) =>
        JsonSerializer.Deserialize<ActionLineModelFile>(ModelJson.ReadAll(json), JsonOptions) ?? throw new InvalidDataException("The action-line model file is empty.");

    public void Save(Stream json) => JsonSerializer.Serialize(json, this, JsonOptions);

    /// <summary>One line's bias and its own word weights (<c>word:…</c>, non-zero only).</summary>
    public sealed record LineWeights(string Code, double Bias, IReadOnlyDictionary<string, double> WordWeights);
}
