using System.Collections.Immutable;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Replies.Views;

/// <summary>Views about the bot itself: help and welcome, an occupation it does not hold, which occupation to use.</summary>
internal static class BotViews
{
    private const int OccupationsShown = 10;

    private static readonly ImmutableArray<NextQuestion> Examples =
    [
        Ask.Level(ProficiencyLevel.Proficient),
        Ask.Compare(ProficiencyLevel.Emerging, ProficiencyLevel.Advanced),
        Ask.Ai(ProficiencyLevel.Developing),
        Ask.Domains,
        Ask.Sources,
    ];

    public static AnswerView Help(HelpAnswer answer)
    {
        if (answer.Reason == HelpReason.Thanks)
        {
            const string Welcome = "You're welcome. Ask about another level, a skill domain or AI use whenever you need.";
            return new AnswerView { Heading = "You're welcome", Lead = Welcome, Blocks = [new NoteBlock(Welcome)], NextQuestions = [Ask.Help] };
        }

        var opening = answer.Reason == HelpReason.NotUnderstood
            ? "I did not understand that. I answer questions about occupational skills frameworks, from the frameworks themselves."
            : "I answer questions about occupational skills frameworks: what each level of a role expects, from the frameworks themselves.";
        var blocks = new List<ViewBlock>
        {
            new NoteBlock(opening, Emphasis: true),
            new NoteBlock("Ask about a level (Emerging, Developing, Proficient or Advanced, or entry, mid-level, senior, lead), compare two levels, "
                + "a durable skill such as communication or leadership, AI use, the evidence pack, tasks, technology, related titles, "
                + "who is covered, a statement by its title, a keyword, or the sources and codes."),
            new ItemsBlock("Occupations I hold", Occupations(answer.Occupations), Numbered: false),
        };
        if (!answer.Suggestions.IsEmpty)
        {
            blocks.Add(new ItemsBlock("Did you mean", answer.Suggestions, Numbered: false));
        }

        return new AnswerView
        {
            Heading = answer.Reason == HelpReason.NotUnderstood ? "I can help with skills frameworks" : "Skills Bot",
            Subheading = "What I cover",
            Lead = $"{opening} Try \"What is expected at the Proficient level?\". {HeldSentence(answer.Occupations)}",
            Blocks = [.. blocks],
            NextQuestions = answer.Suggestions.IsEmpty
                ? Examples
                : [.. answer.Suggestions.Select(suggestion => new NextQuestion(ButtonTitle(suggestion), suggestion)), .. Examples.Take(1)],
        };
    }

    public static AnswerView OtherOccupation(OtherOccupationAnswer answer)
    {
        var text = $"I don't hold a skills framework for \"{answer.AskedFor}\". {HeldSentence(answer.Occupations)}";
        return new AnswerView
        {
            Heading = "Not an occupation I hold",
            Lead = text,
            Blocks = [new NoteBlock(text, Emphasis: true), new ItemsBlock("Occupations I hold", Occupations(answer.Occupations), Numbered: false)],
            NextQuestions = Examples,
        };
    }

    public static AnswerView WhichOccupation(WhichOccupationAnswer answer)
    {
        var more = answer.Total > answer.Choices.Length ? $" ({answer.Choices.Length} of {answer.Total} shown; name the occupation or its SOC code to narrow it down)" : "";
        var text = $"Which occupation do you mean?{more}";
        return new AnswerView
        {
            Heading = "Which occupation?",
            Lead = text,
            Blocks = [new NoteBlock(text, Emphasis: true), new ItemsBlock(null, Occupations(answer.Choices), Numbered: false)],
            NextQuestions = [.. answer.Choices.Take(5).Select(choice =>
                new NextQuestion(Shorten(choice.Title), $"{choice.SocCode} {answer.PendingText}".Trim()))],
        };
    }

    private static ImmutableArray<string> Occupations(ImmutableArray<OccupationProfile> occupations) =>
        [.. occupations.Take(OccupationsShown).Select(occupation => $"{occupation.Title} (SOC {occupation.SocCode})")];

    private static string HeldSentence(ImmutableArray<OccupationProfile> occupations)
    {
        var names = string.Join("; ", Occupations(occupations));
        var more = occupations.Length > OccupationsShown ? $", and {occupations.Length - OccupationsShown} more" : "";
        return occupations.Length == 1 ? $"I hold the framework for {names}." : $"I hold frameworks for {occupations.Length} occupations: {names}{more}.";
    }

    /// <summary>"What is Customer escalation handling?" → "Customer escalation handling": the button says what it opens.</summary>
    private static string ButtonTitle(string question)
    {
        const string Opening = "What is ";
        var title = question.StartsWith(Opening, StringComparison.Ordinal) ? question[Opening.Length..] : question;
        return Shorten(title.TrimEnd('?'));
    }

    private static string Shorten(string title) => title.Length <= 40 ? title : title[..37] + "...";
}
