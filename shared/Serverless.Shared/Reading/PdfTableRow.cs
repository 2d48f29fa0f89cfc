namespace Serverless.Shared.Reading;

/// <summary>
/// The table row being read: a line whose words stand in cells apart, plus the lines right below it that fall
/// inside one of its cells (a cell's text wrapped over two lines). Emitted as one block, cells joined by <c> | </c>,
/// as the other readers give table rows.
/// </summary>
internal sealed class PdfTableRow
{
    private List<string>? _cells;
    private IReadOnlyList<double> _lefts = [];
    private PdfLine? _last;

    public void Start(PdfLine row)
    {
        _cells = [.. row.Text.Split(" | ")];
        _lefts = row.CellLefts!;
        _last = row;
    }

    /// <summary>Adds the line to a cell of the row when it is the cell's text going on; false when the row has ended.</summary>
    public bool TryContinue(PdfLine line)
    {
        if (_cells is null || _last is null || _last.Bottom - line.Top > _last.Height || line.Top > _last.Bottom + 1)
        {
            return false;
        }

        for (var k = 0; k < _lefts.Count && k < _cells.Count; k++)
        {
            var inside = Math.Abs(line.Left - _lefts[k]) < 2 && (k == _lefts.Count - 1 || line.Right < _lefts[k + 1]);
            if (inside)
            {
                // A cell wraps as running text does: a word divided at the cell's edge is settled with the others.
                var cell = new System.Text.StringBuilder(_cells[k]);
                PdfBodyAssembler.Join(cell, line.Text);
                _cells[k] = cell.ToString();
                _last = line;
                return true;
            }
        }

        return false;
    }

    public void Flush(List<TextBlock> blocks)
    {
        if (_cells is not null && _last is not null)
        {
            blocks.Add(new TextBlock(string.Join(" | ", _cells), BlockKind.Table, Page: _last.Page));
        }

        _cells = null;
        _last = null;
    }
}
