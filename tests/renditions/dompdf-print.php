<?php
// Prints a contribution's HTML page (pandoc's, with its stylesheet) to PDF with dompdf, as a web application's
// "export as PDF" does: dompdf's own CSS layout with the base-14 fonts (not embedded), and, when given, a running header
// (the organisation, at the top right) and footer ("... page n of m", centred) written on every page by the canvas's
// page_text(), dompdf's way of numbering pages; the notes where the HTML has them (pandoc's endnotes).
// Usage: php dompdf-print.php PAGE.html OUT.pdf [HEADER] [FOOTER] [PAGE-WORD] [OF-WORD]   (needs php-cli and php-dompdf)
require '/usr/share/php/dompdf/autoload.php';

use Dompdf\Dompdf;
use Dompdf\Options;

[$source, $out] = [$argv[1], $argv[2]];
[$header, $footer, $page, $of] = [$argv[3] ?? '', $argv[4] ?? '', $argv[5] ?? 'page', $argv[6] ?? 'of'];
$options = new Options();
$options->setChroot(dirname(realpath($source)));
$options->setDefaultPaperSize('a4');
$dompdf = new Dompdf($options);
$dompdf->loadHtml(file_get_contents($source), 'UTF-8');
$dompdf->render();
$canvas = $dompdf->getCanvas();
$metrics = $dompdf->getFontMetrics();
$font = $metrics->getFont('helvetica');
[$width, $height] = [$canvas->get_width(), $canvas->get_height()];
if ($header !== '') {
    $canvas->page_text($width - 57 - $metrics->getTextWidth($header, $font, 9), 42, $header, $font, 9);
}
$count = $footer === '' ? '{PAGE_NUM}' : "$footer – $page {PAGE_NUM} $of {PAGE_COUNT}";
// page_text() replaces the counts when each page is written; their width is the template's, near enough to centre.
$canvas->page_text(($width - $metrics->getTextWidth($count, $font, 9)) / 2, $height - 50, $count, $font, 9);
file_put_contents($out, $dompdf->output());
