using ChatBot.Knowledge.Store;

namespace ChatBot.Knowledge.Understanding;

/// <summary>Turns chat text into a <see cref="Question"/> about the store's frameworks.</summary>
public sealed class QuestionReader
{
    private readonly FrameworkStore _store;
    private readonly OccupationIndex _occupations;

    public QuestionReader(FrameworkStore store)
    {
        _store = store;
        _occupations = new OccupationIndex(store);
    }

    public Question Read(string? text)
    {
        var words = Words.Split(text ?? "").ToList();
        var levels = LevelVocabulary.LevelsNamed(words);
        if (levels.Count != 1)
        {
            return new HelpQuestion();
        }

        var matches = _occupations.Match(words);
        return matches.Count switch
        {
            1 => new LevelQuestion(matches[0], levels[0]),
            0 when _store.Frameworks.Length == 1 => new LevelQuestion(_store.Frameworks[0], levels[0]),
            _ => new WhichOccupationQuestion(levels[0]),
        };
    }
}
