using System.Text.Json;
using System.Text.Json.Serialization;

namespace Serverless.Shared.Classification.Model;

/// <summary>
/// The trained guess of a paragraph's adopting organ as stored (<c>body-guess-model.json</c>, embedded beside the
/// action-line model). A softmax regression over <see cref="BodyGuessFeatures"/>: the probability of each outcome
/// (a body, or <see cref="NoGuess"/>) is proportional to exp(bias + Σ weight of each feature present). It learnt, from
/// labelled paragraphs read from their text alone, which body labelling rule 8 gives them that the body detector
/// does not find: the organ behind "Encourages Member States to..." or "The Group agreed...". Written by
/// <c>./wsis train</c>; read by <see cref="BodyGuessModel"/>.
/// </summary>
public sealed record BodyGuessModelFile
{
    public const string ResourceName = "Serverless.Shared.body-guess-model.json";

    /// <summary>The outcome "no body to add".</summary>
    public const string NoGuess = "none";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The taxonomy version whose body detector the model was trained beside; another version needs retraining.</summary>
    public required string TaxonomyVersion { get; init; }

    /// <summary>What the model was trained on, and how, for the people who read the file.</summary>
    public required string TrainedOn { get; init; }

    /// <summary>A body is guessed only when its probability reaches this (chosen by cross-validation on the written paragraphs).</summary>
    public required double Threshold { get; init; }

    /// <summary>When true, a body is guessed only for a paragraph in which the detector found none.</summary>
    public bool OnlyWhereNoneFound { get; init; }

    /// <summary>The outcomes: <see cref="NoGuess"/> and the body ids, each with its bias and its non-zero feature weights.</summary>
    public required IReadOnlyList<Outcome> Outcomes { get; init; }

    public static BodyGuessModelFile? LoadEmbedded()
    {
        using var stream = typeof(BodyGuessModelFile).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }

    public static BodyGuessModelFile Load(Stream json) =>
        JsonSerializer.Deserialize<BodyGuessModelFile>(ModelJson.ReadAll(json), JsonOptions) ?? throw new InvalidDataException("The body-guess model file is empty.");

    public void Save(Stream json) => JsonSerializer.Serialize(json, this, JsonOptions);

    /// <summary>One outcome's bias and weights, by feature name (<c>word:…</c>, <c>opens:…</c>, <c>kind:…</c>, <c>found:…</c>, <c>lang:…</c>).</summary>
    public sealed record Outcome(string Body, double Bias, IReadOnlyDictionary<string, double> Weights);
}
