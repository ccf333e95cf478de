using System.Collections.Immutable;
using System.Text;

namespace ChatBot.SyntheticSeeds;

/// <summary>
/// A deterministic catalog of synthetic occupations, each as a framework page and a JSON export in the formats the
/// seed importer reads. The same count and seed always give byte-identical files; the occupations also stay
/// available as a model (<see cref="Occupations"/>), so tests can check answers against what was generated.
/// </summary>
public sealed class SyntheticCatalog
{
    /// <summary>The most occupations one catalog holds; past it the related-title pools run thin.</summary>
    public const int MaxCount = 10_000;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private SyntheticCatalog(ImmutableArray<SyntheticOccupation> occupations)
    {
        Occupations = occupations;
        // Each file is a pure function of its occupation, so rendering in parallel keeps the bytes and their order.
        Files = [.. occupations.AsParallel().AsOrdered().SelectMany(occupation => new[]
        {
            (occupation.PageFileName, Utf8.GetBytes(PageWriter.Write(occupation))),
            (occupation.ExportFileName, ExportWriter.Write(occupation)),
        })];
    }

    /// <summary>The occupations in the order generated (not SOC order).</summary>
    public ImmutableArray<SyntheticOccupation> Occupations { get; }

    /// <summary>Every occupation's page then export, as (file name, UTF-8 bytes) for <c>SeedImporter.Import</c>.</summary>
    public ImmutableArray<(string FileName, byte[] Content)> Files { get; }

    /// <summary>Generates <paramref name="count"/> occupations from <paramref name="seed"/>.</summary>
    public static SyntheticCatalog Generate(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxCount);
        var generator = new OccupationGenerator(seed);
        var occupations = ImmutableArray.CreateBuilder<SyntheticOccupation>(count);
        for (var i = 0; i < count; i++)
        {
            occupations.Add(generator.Next());
        }

        return new SyntheticCatalog(occupations.MoveToImmutable());
    }

    /// <summary>Generates <paramref name="count"/> occupations from <paramref name="seed"/> and writes their files into <paramref name="folder"/>.</summary>
    /// <returns>The paths written, page then export per occupation.</returns>
    public static IReadOnlyList<string> WriteTo(string folder, int count, int seed) => Generate(count, seed).WriteTo(folder);

    /// <summary>Writes every file into <paramref name="folder"/> (created when missing), replacing files of the same name.</summary>
    /// <returns>The paths written, page then export per occupation.</returns>
    public IReadOnlyList<string> WriteTo(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        var paths = new List<string>(Files.Length);
        foreach (var (fileName, content) in Files)
        {
            var path = Path.Combine(folder, fileName);
            File.WriteAllBytes(path, content);
            paths.Add(path);
        }

        return paths;
    }

    /// <summary><paramref name="size"/> different occupations picked by <c>new Random(<paramref name="seed"/>)</c>, in the order picked.</summary>
    public ImmutableArray<SyntheticOccupation> Sample(int size, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        var random = new Random(seed);
        var indexes = Enumerable.Range(0, Occupations.Length).ToArray();
        size = Math.Min(size, indexes.Length);
        for (var i = 0; i < size; i++)
        {
            var j = random.Next(i, indexes.Length);
            (indexes[i], indexes[j]) = (indexes[j], indexes[i]);
        }

        return [.. indexes.Take(size).Select(index => Occupations[index])];
    }
}
