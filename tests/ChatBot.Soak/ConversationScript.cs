using ChatBot.Knowledge.Model;

namespace ChatBot.Soak;

/// <summary>
/// One conversation's turns, chosen as it goes: a fresh question first, then fresh questions, follow-ups to another
/// level of the last answer, and clicks on a level button of the last card the bot returned, each expecting what the
/// store says for it. Turns of one conversation run one after another, so a follow-up always has its answer before it.
/// </summary>
internal sealed class ConversationScript(string conversationId, QuestionBook book, Random random)
{
    private Expectation? _lastAnswer;
    private IReadOnlyList<CardButton> _lastButtons = [];

    public string ConversationId { get; } = conversationId;

    public Turn Next()
    {
        if (_lastAnswer is not null)
        {
            switch (random.Next(4))
            {
                case 0:
                    return FollowUp(_lastAnswer);
                case 1 when LevelButtons() is { Count: > 0 } buttons:
                    return Click(buttons[random.Next(buttons.Count)]);
            }
        }

        var (kind, questions) = random.Next(3) switch
        {
            0 => ("level", book.LevelQuestions),
            1 => ("domain", book.DomainQuestions),
            _ => ("ai", book.AiQuestions),
        };
        var question = questions[random.Next(questions.Count)];
        return new Turn(kind, question.Text, question.Expected) { Text = question.Text };
    }

    /// <summary>Remembers what the bot answered, for the follow-ups and clicks after it; a wrong answer starts afresh.</summary>
    public void Answered(Turn turn, IReadOnlyList<CardButton>? buttons)
    {
        _lastAnswer = buttons is null ? null : turn.Expected;
        _lastButtons = buttons ?? [];
    }

    private Turn FollowUp(Expectation last)
    {
        var others = book.Levels.Where(level => level.Level != last.Level.Level).ToList();
        var target = others[random.Next(others.Count)];
        var text = QuestionBook.FollowUp(target, random);
        return new Turn("follow-up", $"{text} (after {last.Describe()})", last.At(target)) { Text = text };
    }

    /// <summary>A button titled "&lt;level&gt; level" leads to that level, whichever card it is on.</summary>
    private Turn Click(CardButton button)
    {
        var level = book.Levels.Single(level => LeadsTo(button, level));
        var invoke = random.Next(2) == 0;
        return new Turn(invoke ? "card click (invoke)" : "card click (message)", $"the '{button.Title}' button {button.Data.GetRawText()}",
            new Expectation(AnswerKind.Level, level))
        { ButtonData = button.Data, Invoke = invoke };
    }

    private List<CardButton> LevelButtons() => [.. _lastButtons.Where(button => book.Levels.Any(level => LeadsTo(button, level)))];

    private static bool LeadsTo(CardButton button, RoleLevel level) => button.Title == $"{level.Name} level";
}
