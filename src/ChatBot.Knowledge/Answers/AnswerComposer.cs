using ChatBot.Knowledge.Store;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Answers;

/// <summary>Answers a <see cref="Question"/> from the store: only what the framework says, never invented.</summary>
public sealed class AnswerComposer(FrameworkStore store)
{
    public Answer Compose(Question question) => question switch
    {
        LevelQuestion level when level.Framework.FindLevel(level.Level) is { } roleLevel =>
            new LevelAnswer(level.Framework, roleLevel, level.Framework.LevelSources),
        WhichOccupationQuestion => Help(HelpReason.OccupationNotNamed),
        _ => Help(HelpReason.NotUnderstood),
    };

    private HelpAnswer Help(HelpReason reason) =>
        new([.. store.Frameworks.Select(framework => framework.Occupation)], reason);
}
