using BenchmarkDotNet.Running;

namespace ChatBot.Benchmarks;

/// <summary>
/// Runs the benchmarks the command line picks (--filter '*' for all) with the job in BenchmarkConfig. Not a top-level
/// Program, which would hide the bot host's own Program that the turn benchmarks start.
/// </summary>
internal static class BenchmarkEntry
{
    private static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args, BenchmarkConfig.Create());
}
