using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Serverless.Shared.Reading;

/// <summary>
/// Applies what a page's own style sheets (<c>&lt;style&gt;</c>) say about hiding, for the simple selectors that name
/// what they hide: a class (<c>.note</c>), an id (<c>#menu</c>), or an element with a class (<c>div.note</c>), whose
/// rule sets <c>display: none</c> or <c>visibility: hidden</c>. Each element so hidden is marked <c>hidden</c>, which
/// <see cref="HtmlHiddenElement"/> then leaves out with its text: words hidden by a class reached the classifier though
/// no reader saw them. Rules inside an at-rule (<c>@media print</c>, a narrow screen) hide only sometimes and are not
/// applied, nor are selectors that depend on other elements or on a state (<c>nav ul</c>, <c>a:hover</c>); a later rule
/// for the same selector wins, and an element's own style attribute wins over the sheet. Linked sheets are never
/// fetched. Each element is looked at once, so the cost is that of the page, whatever the number of rules.
/// </summary>
internal static partial class HtmlStyleSheetHiding
{
    public static void Apply(IDocument document, CancellationToken cancellationToken)
    {
        var hiding = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var sheet in document.QuerySelectorAll("style"))
        {
            foreach (var (selectors, declarations) in TopLevelRules(sheet.TextContent))
            {
                if (HtmlHiddenElement.Says(declarations) is not { } hides)
                {
                    continue;
                }

                foreach (var selector in selectors.Split(','))
                {
                    if (SimpleSelector().Match(selector.Trim()) is { Success: true } simple)
                    {
                        hiding[Key(simple.Groups["tag"].Value.ToUpperInvariant(), simple.Groups["kind"].Value, simple.Groups["name"].Value)] = hides;
                    }
                }
            }
        }

        if (!hiding.ContainsValue(true))
        {
            return;
        }

        var count = 0;
        foreach (var element in document.All)
        {
            if ((count++ & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (element.HasAttribute("hidden") || element.GetAttribute("style") is { } own && HtmlHiddenElement.Says(own) is not null)
            {
                continue;
            }

            if (IsHiddenBy(hiding, element))
            {
                element.SetAttribute("hidden", "");
            }
        }
    }

    private static bool IsHiddenBy(Dictionary<string, bool> hiding, IElement element)
    {
        if (element.Id is { Length: > 0 } id && (Hides(hiding, Key("", "#", id)) || Hides(hiding, Key(element.TagName, "#", id))))
        {
            return true;
        }

        foreach (var name in element.ClassList)
        {
            if (Hides(hiding, Key("", ".", name)) || Hides(hiding, Key(element.TagName, ".", name)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Hides(Dictionary<string, bool> hiding, string key) => hiding.TryGetValue(key, out var hides) && hides;

    private static string Key(string tag, string kind, string name) => $"{tag}{kind}{name}";

    /// <summary>The rules outside any at-rule block, comments removed, as (selectors, declarations).</summary>
    private static IEnumerable<(string Selectors, string Declarations)> TopLevelRules(string css)
    {
        css = Comment().Replace(css, " ");
        var depth = 0;
        var start = 0;
        var atRule = false;
        var selectors = "";
        for (var i = 0; i < css.Length; i++)
        {
            switch (css[i])
            {
                case '{':
                    if (depth == 0)
                    {
                        selectors = css[start..i].Trim();
                        atRule = selectors.StartsWith('@');
                        start = i + 1;
                    }

                    depth++;
                    break;
                case '}' when depth > 0:
                    depth--;
                    if (depth == 0)
                    {
                        if (!atRule)
                        {
                            yield return (selectors, css[start..i]);
                        }

                        start = i + 1;
                    }

                    break;
                case ';' when depth == 0:
                    // A statement at-rule (@import, @charset) ends here.
                    start = i + 1;
                    break;
            }
        }
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"^(?<tag>[A-Za-z][A-Za-z0-9-]*)?(?<kind>[.#])(?<name>-?[A-Za-z_][A-Za-z0-9_-]*)$")]
    private static partial Regex SimpleSelector();
}
