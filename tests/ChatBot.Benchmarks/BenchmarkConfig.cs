using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ChatBot.Benchmarks;

/// <summary>
/// One in-process job with a fixed number of iterations. In-process because the default toolchain generates a
/// project and rebuilds this one into its default bin/obj folders, ignoring --artifacts-path: that collides with other
/// builds of the repository and takes minutes on a small machine. Twenty measured iterations give a stable
/// median for these microsecond-scale calls while the whole run stays within a few minutes. The median is always
/// shown because the machine is shared and the mean is pulled up by other work.
/// </summary>
internal static class BenchmarkConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithWarmupCount(5)
                .WithIterationCount(20)
                .WithId("InProcess"))
            .AddColumn(StatisticColumn.Median);
}
