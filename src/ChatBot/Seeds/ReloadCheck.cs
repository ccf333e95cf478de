using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Store;

namespace ChatBot.Seeds;

/// <summary>
/// Whether a reloaded store may replace the one in use. It may when it holds at least one framework and every file
/// the current store loaded still loads: a file that breaks while the bot runs (half-copied, hand-edited into invalid
/// JSON) must not take its occupation away. A file that was already broken does not block a reload, or one bad file
/// at start-up would freeze the store for good; a file that is deleted is a deliberate removal.
/// </summary>
internal static class ReloadCheck
{
    /// <summary>Why <paramref name="candidate"/> must not replace <paramref name="current"/>, or null when it may.</summary>
    public static string? Refusal(FrameworkStore current, FrameworkStore candidate)
    {
        if (candidate.Frameworks.IsEmpty)
        {
            return "no framework loaded";
        }

        var alreadyFailing = current.Issues.Where(IsError).Select(issue => issue.FileName).ToHashSet(StringComparer.Ordinal);
        var newlyFailing = candidate.Issues.Where(issue => IsError(issue) && !alreadyFailing.Contains(issue.FileName)).ToList();
        return newlyFailing.Count == 0
            ? null
            : $"{newlyFailing.Count} file(s) that loaded before now fail: " +
              string.Join("; ", newlyFailing.Select(issue => $"{issue.FileName}: {issue.Message}"));
    }

    private static bool IsError(ImportIssue issue) => issue.Severity == ImportSeverity.Error;
}
