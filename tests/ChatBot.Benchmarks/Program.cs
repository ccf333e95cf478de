using BenchmarkDotNet.Running;
using ChatBot.Benchmarks;

// Runs the benchmarks the command line picks (--filter '*' for all) with the job in BenchmarkConfig.
BenchmarkSwitcher.FromAssembly(typeof(QuestionAnswerBenchmarks).Assembly).Run(args, BenchmarkConfig.Create());
