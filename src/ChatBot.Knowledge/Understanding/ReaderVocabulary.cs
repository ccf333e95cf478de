using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Text;
using ChatBot.Knowledge.Understanding.Mentions;

namespace ChatBot.Knowledge.Understanding;

/// <summary>The words a reader corrects typos toward: the store's key words, the level words and the routing table's words.</summary>
internal static class ReaderVocabulary
{
    public static Vocabulary For(StoreIndex index)
    {
        var routing = RoutingWords().ToList();
        return new Vocabulary(
            index.Frameworks.SelectMany(framework => framework.AllWords()).Concat(LevelWords.All).Concat(routing),
            index.Frameworks.SelectMany(framework => framework.KeyWords()).Concat(LevelWords.All).Concat(routing),
            routing.Concat(LevelWords.All).Concat(["help", "list", "task", "tasks", "tools", "jobs"]));
    }

    /// <summary>The routing table's words are key words too, so "evidnce" or "technolgy" still route.</summary>
    internal static IEnumerable<string> RoutingWords() =>
        CueLexicon.Words
            .Concat(Lexicon.Lists.SelectMany(entry => entry.Phrases).SelectMany(phrase => phrase.Split(' ')))
            .Concat(DomainFinder.Words([]))
            .Concat(Lexicon.FitCues.SelectMany(cue => cue.Phrase.Split(' ')))
            .Where(word => word.Length >= 3);
}
