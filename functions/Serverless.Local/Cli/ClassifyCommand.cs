using System.CommandLine;
using System.Text;
using Serverless.Shared.Classification;

namespace Serverless.Local.Cli;

/// <summary>
/// <c>./wsis classify</c>: reads <c>{"id", "text", "lang"?, "section"?, "kind"?, "documentBody"?}</c> lines on stdin and
/// writes one <c>{"id", "actionLines", "requestingBodies", "bodyEvidence", "addressees", "kind"}</c> line per input
/// (<c>bodyEvidence</c>: each body the trained model guessed rather than read, with why). A line that is not a
/// JSON object with an id and a text gets one line on stderr and is skipped; the exit code is then 2.
/// </summary>
/// <remarks>
/// Lines are labelled in batches on every core (<see cref="ClassifyBatch"/>) and written in the order they came: the
/// output is the same line for line as labelling them one by one, only sooner.
/// </remarks>
internal static class ClassifyCommand
{
    /// <summary>Lines per batch: enough to make handing a batch to another core cheap, few enough to start writing soon.</summary>
    internal const int BatchLines = 256;

    public static Command Create(Func<IParagraphClassifier> classifier)
    {
        var command = new Command("classify", "Label JSON Lines paragraphs read on stdin by action line, requesting body and addressee.");
        command.SetAction((_, cancellationToken) =>
        {
            // Read and written synchronously through large buffers: awaiting the console streams hops to the thread
            // pool for every read, which cost five times the classification itself.
            using var input = Console.OpenStandardInput();
            using var output = new BufferedStream(Console.OpenStandardOutput(), CliStreams.BufferSize);
            return Task.FromResult(Label(classifier(), input, output, Console.Error, cancellationToken));
        });
        return command;
    }

    /// <summary>Labels every line of <paramref name="input"/> (UTF-8, or another Unicode form with its byte order mark) into <paramref name="output"/> (UTF-8); returns the exit code.</summary>
    /// <param name="workers">Batches labelled at once; by default one per core.</param>
    internal static int Label(
        IParagraphClassifier labeller, Stream input, Stream output, TextWriter errors, CancellationToken cancellationToken, int? workers = null)
    {
        var lines = new Utf8LineReader(input, CliStreams.BufferSize);
        // Batches in flight, oldest first: the oldest is written as soon as it is done, so the output keeps the input's
        // order while the next batches are labelled; at most a few batches are held.
        var inFlight = new Queue<Task<ClassifyBatch>>();
        var limit = 2 * Math.Max(1, workers ?? Environment.ProcessorCount);
        var lineNumber = 0;
        var rejected = 0;

        void WriteOldest()
        {
            // Blocks without spinning: a spinning wait took a core from the batches it waited for (a fifth of the
            // command's CPU on two cores).
            var labelling = inFlight.Dequeue();
            if (!labelling.IsCompleted)
            {
                ((IAsyncResult)labelling).AsyncWaitHandle.WaitOne();
            }

            var batch = labelling.GetAwaiter().GetResult();
            output.Write(batch.Output.WrittenSpan);
            foreach (var problem in batch.Problems)
            {
                errors.WriteLine(problem);
            }

            rejected += batch.Problems.Count;
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = new ClassifyBatch(lineNumber + 1);
            while (batch.LineCount < BatchLines && lines.TryReadLine(out var line))
            {
                batch.Add(line);
            }

            if (batch.LineCount == 0)
            {
                break;
            }

            lineNumber += batch.LineCount;
            inFlight.Enqueue(Task.Run(() => batch.Label(labeller), cancellationToken));
            if (inFlight.Count >= limit)
            {
                WriteOldest();
            }
        }

        while (inFlight.Count > 0)
        {
            WriteOldest();
        }

        output.Flush();
        if (rejected == 0)
        {
            return 0;
        }

        errors.WriteLine($"{rejected} of {lineNumber} lines could not be read (see above); the others were labelled.");
        return CliErrors.BadInput;
    }
}
