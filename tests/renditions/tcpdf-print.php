<?php
// Sets a contribution's HTML (pandoc's, without a stylesheet) in a PDF with TCPDF, as a web form's "download as PDF"
// does: the page's HTML handed to writeHTML(), DejaVu Sans embedded as a subset, a running header (the organisation,
// set right over a rule) and footer ("... page n of m", centred) drawn by the class's Header() and Footer(), the notes
// where the HTML has them (pandoc's endnotes: TCPDF has no footnotes).
// Usage: php tcpdf-print.php PAGE.html OUT.pdf [HEADER] [FOOTER] [PAGE-WORD] [OF-WORD]
//   (needs Debian's php-cli and php-tcpdf; without HEADER, no header; without FOOTER, the page number alone)
require '/usr/share/php/tcpdf/tcpdf.php';

class Contribution extends TCPDF
{
    public string $runningHeader = '';
    public string $runningFooter = '';
    public string $pageWord = 'page';
    public string $ofWord = 'of';

    public function Header()
    {
        if ($this->runningHeader === '') {
            return;
        }
        $this->SetFont('dejavusans', '', 8);
        $this->Cell(0, 8, $this->runningHeader, 'B', 0, 'R');
    }

    public function Footer()
    {
        $this->SetY(-18);
        $this->SetFont('dejavusans', '', 8);
        $count = $this->runningFooter === ''
            ? $this->getAliasNumPage()
            : "{$this->runningFooter} – {$this->pageWord} {$this->getAliasNumPage()} {$this->ofWord} {$this->getAliasNbPages()}";
        $this->Cell(0, 8, $count, 0, 0, 'C');
    }
}

[$source, $out] = [$argv[1], $argv[2]];
$pdf = new Contribution('P', 'mm', 'A4', true, 'UTF-8');
$pdf->runningHeader = $argv[3] ?? '';
$pdf->runningFooter = $argv[4] ?? '';
$pdf->pageWord = $argv[5] ?? 'page';
$pdf->ofWord = $argv[6] ?? 'of';
$pdf->SetCreator('WSIS contribution form');
$pdf->setPrintHeader($pdf->runningHeader !== '');
$pdf->SetMargins(20, 25, 20);
$pdf->SetHeaderMargin(12);
$pdf->SetFooterMargin(18);
$pdf->SetAutoPageBreak(true, 25);
$pdf->SetFont('dejavusans', '', 10);
$pdf->AddPage();
$pdf->writeHTML(file_get_contents($source), true, false, true, false, '');
$pdf->Output($out, 'F');
