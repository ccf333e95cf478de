using System.Globalization;
using ChatBot.SyntheticSeeds;

// Writes a seed folder of synthetic occupations for load runs:
//   dotnet run --project tests/ChatBot.SyntheticSeeds -- --count 1000 --seed 7 --out <folder> [--with-seeds <folder>]
// then start the bot on it with --Seeds:Path=<folder>.
const string Usage = "usage: ChatBot.SyntheticSeeds --out <folder> [--count <n> (default 1000)] [--seed <n> (default 7)] [--with-seeds <folder>]";

var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i < args.Length; i++)
{
    if (args[i] is "-h" or "--help")
    {
        Console.WriteLine(Usage);
        return 0;
    }

    if (args[i] is not ("--count" or "--seed" or "--out" or "--with-seeds") || i + 1 >= args.Length)
    {
        return Fail($"unexpected argument '{args[i]}'");
    }

    options[args[i]] = args[++i];
}

if (!options.TryGetValue("--out", out var folder))
{
    return Fail("--out is required");
}

if (!TryNumber("--count", 1000, out var count) || count < 1 || count > SyntheticCatalog.MaxCount)
{
    return Fail($"--count must be a whole number from 1 to {SyntheticCatalog.MaxCount}");
}

if (!TryNumber("--seed", 7, out var seed))
{
    return Fail("--seed must be a whole number");
}

// The bot imports every .txt and .json file in the folder: leftovers from an earlier run would load too.
if (Directory.Exists(folder) && SeedFiles(folder).Any())
{
    return Fail($"'{folder}' already holds seed files; give an empty or new folder");
}

var seedsFolder = options.GetValueOrDefault("--with-seeds");
if (seedsFolder is not null && !Directory.Exists(seedsFolder))
{
    return Fail($"--with-seeds folder '{seedsFolder}' does not exist");
}

var written = SyntheticCatalog.WriteTo(folder, count, seed);
Console.WriteLine($"Wrote {count} synthetic occupation(s), {written.Count} files, seed {seed}, to {Path.GetFullPath(folder)}");

if (seedsFolder is not null)
{
    var copied = 0;
    foreach (var source in SeedFiles(seedsFolder).Order(StringComparer.Ordinal))
    {
        var target = Path.Combine(folder, Path.GetFileName(source));
        if (File.Exists(target))
        {
            return Fail($"seed file '{Path.GetFileName(source)}' has the name of a generated file");
        }

        File.Copy(source, target);
        copied++;
    }

    Console.WriteLine($"Copied {copied} seed file(s) from {Path.GetFullPath(seedsFolder)}");
}

return 0;

bool TryNumber(string name, int fallback, out int value)
{
    value = fallback;
    return !options.TryGetValue(name, out var text) || int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
}

static IEnumerable<string> SeedFiles(string directory) =>
    Directory.EnumerateFiles(directory).Where(path =>
        path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase));

static int Fail(string message)
{
    Console.Error.WriteLine($"error: {message}");
    Console.Error.WriteLine(Usage);
    return 2;
}
