#:project ../../shared/Serverless.Shared/Serverless.Shared.csproj
#:project ../../shared/Serverless.Evaluation/Serverless.Evaluation.csproj
// Writes the `./wsis classify` inputs of every labelled paragraph (tests/eval/*.jsonl, tests/eval/blind/*.jsonl):
// <name>.text.jsonl ({"id","text"}) and <name>.given.jsonl (with the item's own lang, section, kind and documentBody).
// Items that point into the corpus are resolved to their text the way the evaluation does.
// Usage: dotnet run tools/same-outputs/inputs.cs -- REPO CORPUS OUT
using System.Text.Json;
using System.Text.Json.Nodes;
using Serverless.Evaluation;

var (repo, corpus, output) = (args[0], args[1], args[2]);
var resolver = new CorpusParagraphResolver(corpus);
Directory.CreateDirectory(output);
var files = Directory.GetFiles(Path.Combine(repo, "tests", "eval"), "*.jsonl")
    .Concat(Directory.GetFiles(Path.Combine(repo, "tests", "eval", "blind"), "*.jsonl")).Order(StringComparer.Ordinal);
foreach (var file in files)
{
    using var text = new StreamWriter(Path.Combine(output, Path.GetFileNameWithoutExtension(file) + ".text.jsonl"));
    using var given = new StreamWriter(Path.Combine(output, Path.GetFileNameWithoutExtension(file) + ".given.jsonl"));
    foreach (var line in File.ReadLines(file))
    {
        if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith("//", StringComparison.Ordinal))
        {
            continue;
        }

        var item = JsonNode.Parse(line)!.AsObject();
        var body = (string?)item["text"];
        if (body is null && item["source"] is JsonObject source)
        {
            body = resolver.Resolve((string)source["file"]!, (string)source["start"]!, (string?)source["end"], (string?)source["continuation"], out var problem)
                ?? throw new InvalidDataException($"{file}: {item["id"]}: {problem}");
        }

        text.WriteLine(new JsonObject { ["id"] = (string?)item["id"], ["text"] = body }.ToJsonString());
        var full = new JsonObject { ["id"] = (string?)item["id"], ["text"] = body };
        foreach (var name in new[] { "lang", "section", "kind", "documentBody" })
        {
            if (item[name] is JsonNode value)
            {
                full[name] = value.DeepClone();
            }
        }

        given.WriteLine(full.ToJsonString());
    }
}
