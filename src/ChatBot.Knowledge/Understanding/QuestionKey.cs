using System.Text;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>Builds and reads the keys that name what an answer depends on (see <see cref="Question.Key"/>).</summary>
public static class QuestionKey
{
    private const char Separator = '\u001F';

    /// <summary>The key of <paramref name="question"/>.</summary>
    public static string Of(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Key;
    }

    internal static string Join(string kind, OccupationFramework framework, params ReadOnlySpan<string> entities)
    {
        var key = new StringBuilder(kind).Append(Separator).Append(framework.Occupation.SocCode);
        foreach (var entity in entities)
        {
            key.Append(Separator).Append(entity);
        }

        return key.ToString();
    }

    internal static string Join(string kind, params ReadOnlySpan<string> entities)
    {
        var key = new StringBuilder(kind);
        foreach (var entity in entities)
        {
            key.Append(Separator).Append(entity);
        }

        return key.ToString();
    }

    internal static string Name(ProficiencyLevel? level) => level?.ToString() ?? "";

    internal static string All(IEnumerable<string> items) => string.Join('\u001E', items);

    internal static string Place(PlacedStatement placed) =>
        $"{placed.Place.Section}/{placed.Place.Level}/{placed.Place.DomainName}/{placed.Statement.Position}";
}
