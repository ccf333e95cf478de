using System.Diagnostics;
using System.Globalization;

namespace ChatBot.Soak;

/// <summary>A process's resident memory (VmRSS in /proc/PID/status), read at set times into a run.</summary>
internal static class ResidentMemory
{
    /// <summary>Bytes resident at each of <paramref name="offsets"/> after <paramref name="start"/> (a Stopwatch timestamp).</summary>
    public static async Task<long[]> SampleAsync(int processId, long start, IReadOnlyList<TimeSpan> offsets)
    {
        var samples = new long[offsets.Count];
        for (var i = 0; i < offsets.Count; i++)
        {
            var wait = offsets[i] - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            samples[i] = Read(processId);
        }

        return samples;
    }

    public static long Read(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(line => line.StartsWith("VmRSS:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"no VmRSS line in /proc/{processId}/status");
        var kilobytes = line["VmRSS:".Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }
}
