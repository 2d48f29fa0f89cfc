using System.Globalization;
using System.Text;

namespace Serverless.Evaluation;

/// <summary>Renders an <see cref="EvaluationReport"/> as plain text tables, one block per language.</summary>
public static class EvaluationReportRenderer
{
    public static string ToText(EvaluationReport report, bool includeMisses = false)
    {
        var text = new StringBuilder();
        foreach (var language in report.Languages.Append(report.Overall))
        {
            Render(text, language, includeMisses);
        }

        return text.ToString();
    }

    /// <summary>One line per language with the headline figures.</summary>
    public static string Summary(EvaluationReport report) => string.Join(Environment.NewLine,
        report.Languages.Append(report.Overall).Select(l => string.Create(CultureInfo.InvariantCulture,
            $"{l.Language,-4} n={l.Paragraphs,4}  primary accuracy {l.PrimaryAccuracy:0.000}  action-line macro-F1 {l.ActionLines.MacroF1:0.000}  micro-F1 {l.ActionLines.MicroF1:0.000}  body micro-F1 {l.RequestingBodies.MicroF1:0.000} (n={l.RequestingBodies.Items})")));

    private static void Render(StringBuilder text, LanguageEvaluation language, bool includeMisses)
    {
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"== {language.Language}: {language.Paragraphs} paragraphs ==");
        text.AppendLine(inv, $"primary action line accuracy: {language.PrimaryAccuracy:0.000} ({language.PrimaryCorrect}/{language.Paragraphs})");
        RenderScores(text, "action lines", language.ActionLines);
        RenderScores(text, "requesting bodies", language.RequestingBodies);
        if (includeMisses && language.Misses.Count > 0)
        {
            text.AppendLine(inv, $"misses ({language.Misses.Count}):");
            foreach (var miss in language.Misses)
            {
                text.AppendLine(inv, $"  {miss.Id}: lines [{string.Join(',', miss.GoldActionLines)}] -> [{string.Join(',', miss.PredictedActionLines)}]; bodies [{(miss.GoldBodies is null ? "-" : string.Join(',', miss.GoldBodies))}] -> [{string.Join(',', miss.PredictedBodies)}]");
                foreach (var label in miss.Evidence)
                {
                    text.AppendLine(inv, $"      {label.Code} {label.Score:0.##}: {string.Join("; ", label.Evidence)}");
                }

                text.AppendLine(inv, $"      \"{miss.TextStart}\"");
            }
        }

        text.AppendLine();
    }

    private static void RenderScores(StringBuilder text, string title, LabelSetScores scores)
    {
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"{title} ({scores.Items} items):");
        text.AppendLine("  label         P      R      F1   support");
        foreach (var label in scores.Labels)
        {
            text.AppendLine(inv, $"  {label.Label,-11} {label.Precision,6:0.000} {label.Recall,6:0.000} {label.F1,6:0.000} {label.Support,6}");
        }

        text.AppendLine(inv, $"  {"micro",-11} {scores.MicroPrecision,6:0.000} {scores.MicroRecall,6:0.000} {scores.MicroF1,6:0.000}");
        text.AppendLine(inv, $"  {"macro",-11} {scores.MacroPrecision,6:0.000} {scores.MacroRecall,6:0.000} {scores.MacroF1,6:0.000}");
    }
}
