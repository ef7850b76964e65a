using System.Text;

namespace Portal.Core.Content.Import;

/// <summary>
/// Turns Word's flat list paragraphs (each with a level) into nested &lt;ul&gt;/&lt;ol&gt;: a deeper item opens
/// a list inside the still-open &lt;li&gt; above it; a shallower one closes lists back to its level.
/// </summary>
internal sealed class DocxListWriter(StringBuilder html)
{
    private readonly Stack<string> _open = new(); // the tag of each open list; its last <li> is open too

    public void Item(int level, bool ordered, string content)
    {
        var tag = ordered ? "ol" : "ul";
        while (_open.Count > level + 1)
        {
            CloseList();
        }
        if (_open.Count == level + 1)
        {
            if (_open.Peek() == tag)
            {
                html.Append("</li>");
            }
            else
            {
                CloseList();
            }
        }
        while (_open.Count < level + 1)
        {
            if (_open.Count < level)
            {
                // Level skipped (a level-2 item right under level 0): an empty item holds the deeper list.
                html.Append('<').Append(tag).Append("><li>");
            }
            else
            {
                html.Append('<').Append(tag).Append('>');
            }
            _open.Push(tag);
        }
        html.Append("<li>").Append(content);
    }

    /// <summary>Closes every open list: called before anything that is not a list item.</summary>
    public void CloseAll()
    {
        while (_open.Count > 0)
        {
            CloseList();
        }
    }

    private void CloseList() => html.Append("</li></").Append(_open.Pop()).Append('>');
}
