using BenchmarkDotNet.Running;
using Serverless.Benchmarks;

// `dump FILE...` prints the paragraphs of files as JSON Lines (a quick look while tuning layout rules);
// anything else runs the benchmarks: dotnet run -c Release -- --filter '*' --job short
if (args.Length > 0 && args[0] == "dump")
{
    ParagraphDump.Write(args[1..], Console.Out);
    return;
}

// `pdfpig-segmenters` scores PdfPig's page segmenters on the same corpus (tests/renditions/README.md).
if (args.Length > 0 && args[0] == "pdfpig-segmenters")
{
    PdfPigSegmenters.Write(Console.Out);
    return;
}

// `words FILE` prints a PDF's words with their boxes and fonts.
if (args.Length > 1 && args[0] == "words")
{
    PdfLinesDump.Write(args[1], Console.Out);
    return;
}

// `renditions [--misses] [SOURCE...]` scores the PDFs of tests/renditions against their sources, per producer (the
// table of tests/renditions/README.md), only those of the sources named (en-itu-pp-resolution) if any; --misses lists
// every paragraph not found, wrong number, wrong kind and furniture.
if (args.Length > 0 && args[0] == "renditions")
{
    var rows = Serverless.UnitTests.Renditions.RenditionReport.ScoreAll(args[1..].Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList());
    Console.Write(Serverless.UnitTests.Renditions.RenditionReport.Table(rows));
    if (args.Contains("--misses"))
    {
        foreach (var miss in rows.SelectMany(r => r.Score.Misses))
        {
            Console.WriteLine(miss);
        }
    }

    return;
}

// `samples FOLDER` writes the DOCX and PDF samples from the documents the round-trip tests use.
if (args.Length > 1 && args[0] == "samples")
{
    SampleFiles.Write(args[1]);
    return;
}

PeakMemory.ClearRecords();
BenchmarkSwitcher.FromAssembly(typeof(SegmentationBenchmarks).Assembly).Run(args);
