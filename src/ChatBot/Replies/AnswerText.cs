using System.Text;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;

namespace ChatBot.Replies;

/// <summary>Plain-text renderings of answers, for channels and clients that cannot show cards.</summary>
internal static class AnswerText
{
    public static string LevelLead(LevelAnswer answer) =>
        $"{answer.Level.Name}{RoleLabel(answer.Level)}: what the {answer.Framework.Occupation.Title} framework expects ({answer.Level.Statements.Length} statements).";

    public static string LevelListing(LevelAnswer answer)
    {
        var text = new StringBuilder()
            .Append(answer.Framework.Occupation.Title).Append(" — ").Append(answer.Level.Name).AppendLine(RoleLabel(answer.Level));
        foreach (var statement in answer.Level.Statements)
        {
            text.Append(statement.Position).Append(". ");
            if (statement.Title is not null)
            {
                text.Append(statement.Title).Append(" — ");
            }

            text.AppendLine(statement.Description);
        }

        text.Append("Sources: ").Append(string.Join("; ", answer.Sources.Select(source => source.Url is null ? source.Name : $"{source.Name} ({source.Url.OriginalString})")));
        if (answer.Framework.Attribution is not null)
        {
            text.Append(". ").Append(answer.Framework.Attribution);
        }

        return text.ToString();
    }

    public static string Help(HelpAnswer answer)
    {
        var text = new StringBuilder();
        text.Append(answer.Reason == HelpReason.OccupationNotNamed
            ? "I hold skills frameworks for more than one occupation; please name the occupation in your question. "
            : "I answer questions about occupational skills frameworks: what each level of a role expects. ");
        text.Append("Name a level (Emerging, Developing, Proficient or Advanced), for example \"What is expected at the Proficient level?\" ");
        text.Append(OccupationsHeld(answer.Occupations));
        return text.ToString();
    }

    private static string OccupationsHeld(IReadOnlyList<OccupationProfile> occupations)
    {
        const int Shown = 10;
        var names = occupations.Take(Shown).Select(occupation => $"{occupation.Title} (SOC {occupation.SocCode})");
        var more = occupations.Count > Shown ? $", and {occupations.Count - Shown} more" : "";
        return occupations.Count == 1
            ? $"I hold the framework for {names.Single()}."
            : $"I hold frameworks for {occupations.Count} occupations: {string.Join("; ", names)}{more}.";
    }

    private static string RoleLabel(RoleLevel level) => level.RoleLabel is null ? "" : $" ({level.RoleLabel})";
}
