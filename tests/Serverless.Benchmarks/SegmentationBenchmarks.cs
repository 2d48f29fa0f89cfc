namespace Serverless.Benchmarks;

public class SegmentationBenchmarks
{
}
