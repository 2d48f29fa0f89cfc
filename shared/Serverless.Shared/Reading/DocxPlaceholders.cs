using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Serverless.Shared.Reading;

/// <summary>
/// The prompt a form's content control shows until someone fills it (<c>w:showingPlcHdr</c>: "Click or tap here to enter
/// text.", "Choose an item.", "Enter the name of the entity"). Templates sent to contributors are full of them; a
/// control left unfilled still holds its prompt, which is the template's words, not the contributor's, and would be read
/// as a paragraph of the contribution (or glued into the sentence that holds the control). A control once filled drops
/// the flag, and its content is read.
/// </summary>
internal static class DocxPlaceholders
{
    /// <summary>Whether the element lies in a content control that still shows its placeholder.</summary>
    public static bool IsPlaceholder(OpenXmlElement element)
    {
        for (var parent = element.Parent; parent is not null and not Body; parent = parent.Parent)
        {
            if (parent is SdtElement control && control.SdtProperties?.GetFirstChild<ShowingPlaceholder>() is { } showing &&
                (showing.Val is null || showing.Val.Value))
            {
                return true;
            }
        }

        return false;
    }
}
