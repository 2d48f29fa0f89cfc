<?php
// Sets a Markdown contribution in a PDF with FPDF, as a small script does: it reads the Markdown line by line itself
// (headings, numbered and lettered paragraphs, bullets, a pipe table, footnotes) and writes it with FPDF's own calls:
// Helvetica in Windows-1252 (the core fonts, not embedded), ragged-right text flowed by Write(), the marker of a
// list item in a cell of its own with the text indented after it, footnote calls set smaller and raised, the notes
// gathered at the end under a rule, a table of bordered cells, and a page number centred in the footer.
// Usage: php fpdf-print.php SOURCE.md OUT.pdf   (needs Debian's php-cli and php-fpdf)
require '/usr/share/php/fpdf/fpdf.php';

class Contribution extends FPDF
{
    function Footer()
    {
        $this->SetY(-15);
        $this->SetFont('Helvetica', '', 9);
        $this->Cell(0, 10, (string) $this->PageNo(), 0, 0, 'C');
    }

    // Text flowed from the current position, footnote calls ([^n]) set in smaller type and raised.
    function Flow($text, $size = 11, $leading = 5.5)
    {
        foreach (preg_split('/(\[\^\d+\])/', $text, -1, PREG_SPLIT_DELIM_CAPTURE) as $piece) {
            if (preg_match('/^\[\^(\d+)\]$/', $piece, $m)) {
                $this->SetFont('Helvetica', '', $size * 0.65);
                $this->SetXY($this->GetX(), $this->GetY() - 1.2);
                $this->Write($leading, $m[1]);
                $this->SetXY($this->GetX(), $this->GetY() + 1.2);
                $this->SetFont('Helvetica', '', $size);
            } elseif ($piece !== '') {
                $this->Write($leading, latin($piece));
            }
        }
    }
}

function latin($text) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $text); }

[$source, $out] = [$argv[1], $argv[2]];
$pdf = new Contribution('P', 'mm', 'A4');
$pdf->SetMargins(25, 20, 25);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();
$notes = [];
$table = [];
$lines = file($source, FILE_IGNORE_NEW_LINES);
$lines[] = '';
foreach ($lines as $line) {
    if ($table && !str_starts_with($line, '|')) {
        // The table: equal columns, the first twice as wide, header row in bold.
        $widths = array_merge([80], array_fill(0, count($table[0]) - 1, 80 / (count($table[0]) - 1)));
        foreach ($table as $r => $cells) {
            $pdf->SetFont('Helvetica', $r === 0 ? 'B' : '', 10);
            foreach ($cells as $c => $cell) {
                $pdf->Cell($widths[$c], 7, latin($cell), 1, 0, $c === 0 ? 'L' : 'R');
            }
            $pdf->Ln();
        }
        $pdf->Ln(3);
        $table = [];
    }
    if (trim($line) === '') {
        continue;
    }
    if (preg_match('/^\[\^(\d+)\]:\s*(.*)$/', $line, $m)) {
        $notes[$m[1]] = $m[2];
    } elseif (str_starts_with($line, '|')) {
        if (!preg_match('/^\|[\s:|-]+\|$/', $line)) {
            $table[] = array_map('trim', explode('|', trim($line, '|')));
        }
    } elseif (preg_match('/^(#+)\s+(.*)$/', $line, $m)) {
        $size = strlen($m[1]) === 1 ? 15 : 12.5;
        $pdf->Ln(strlen($m[1]) === 1 ? 0 : 3);
        $pdf->SetFont('Helvetica', 'B', $size);
        $pdf->MultiCell(0, $size * 0.45, latin($m[2]));
        $pdf->Ln(3);
    } elseif (preg_match('/^(\d+\.|[a-z]\)|-)\s+(.*)$/', $line, $m)) {
        // A list item: the marker in a cell, the text flowed from an indented left margin.
        $indent = $m[1] === '-' || ctype_alpha($m[1][0]) ? 8 : 0;
        $pdf->SetFont('Helvetica', '', 11);
        $pdf->SetX(25 + $indent);
        $pdf->Cell(10, 5.5, $m[1] === '-' ? chr(149) : $m[1]);
        $pdf->SetLeftMargin(35 + $indent);
        $pdf->Flow($m[2]);
        $pdf->SetLeftMargin(25);
        $pdf->Ln(8);
    } else {
        $pdf->SetFont('Helvetica', '', 11);
        $pdf->Flow($line);
        $pdf->Ln(8);
    }
}
if ($notes) {
    $pdf->Ln(2);
    $pdf->Line(25, $pdf->GetY(), 85, $pdf->GetY());
    $pdf->Ln(3);
    foreach ($notes as $n => $text) {
        $pdf->SetFont('Helvetica', '', 6);
        $pdf->Write(4, (string) $n);
        $pdf->SetFont('Helvetica', '', 9);
        $pdf->Write(4.5, ' ' . latin($text));
        $pdf->Ln(6);
    }
}
$pdf->Output('F', $out);
