using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.Core.Content.Import;

/// <summary>
/// A Word table as an HTML table: horizontal merges (gridSpan) become colspan, vertical merges (vMerge)
/// rowspan, header rows (tblHeader) th cells. Cell content is written by the block writer.
/// </summary>
internal static class DocxTableWriter
{
    private sealed class Cell(string tag, int colspan)
    {
        public string Tag { get; } = tag;
        public int Colspan { get; } = colspan;
        public int Rowspan { get; set; } = 1;
        public string Html { get; set; } = string.Empty;
    }

    public static void Write(Table table, StringBuilder html, Func<TableCell, string> cellContent)
    {
        var rows = new List<List<Cell>>();
        var merging = new Dictionary<int, Cell>(); // grid column → the cell a vertical merge started in
        foreach (var row in table.Elements<TableRow>())
        {
            var header = row.TableRowProperties?.GetFirstChild<TableHeader>() is not null;
            var cells = new List<Cell>();
            var column = 0;
            foreach (var tableCell in row.Elements<TableCell>())
            {
                var properties = tableCell.TableCellProperties;
                var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                var merge = properties?.VerticalMerge;
                if (merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue) && merging.TryGetValue(column, out var above))
                {
                    above.Rowspan++;
                }
                else
                {
                    var cell = new Cell(header ? "th" : "td", span) { Html = cellContent(tableCell) };
                    cells.Add(cell);
                    if (merge?.Val?.Value == MergedCellValues.Restart)
                    {
                        merging[column] = cell;
                    }
                    else
                    {
                        merging.Remove(column);
                    }
                }
                column += span;
            }
            rows.Add(cells);
        }
        html.Append("<table><tbody>");
        foreach (var row in rows.Where(r => r.Count > 0))
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append('<').Append(cell.Tag);
                if (cell.Colspan > 1)
                {
                    html.Append(" colspan=\"").Append(cell.Colspan.ToString(CultureInfo.InvariantCulture)).Append('"');
                }
                if (cell.Rowspan > 1)
                {
                    html.Append(" rowspan=\"").Append(cell.Rowspan.ToString(CultureInfo.InvariantCulture)).Append('"');
                }
                html.Append('>').Append(cell.Html).Append("</").Append(cell.Tag).Append('>');
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
    }
}
