using System.Text;
using System.Xml;

namespace Serverless.Shared.Summary.Report;

/// <summary>
/// Text as a Word document can hold it: XML 1.0 has no place for most control characters (NUL, bell, escape...), for
/// U+FFFE and U+FFFF or for half a surrogate pair, and the writer throws on the first one, so one such character quoted
/// from a contribution stopped the year's whole Word report. The readers take them out of what they read now; this
/// keeps paragraphs stored before that, or reaching the report another way, from doing so.
/// </summary>
public static class WordText
{
    /// <summary><paramref name="text"/> without the characters XML cannot hold (tabs and line ends stay).</summary>
    public static string Valid(string text)
    {
        var first = FirstInvalid(text);
        if (first < 0)
        {
            return text;
        }

        var kept = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
