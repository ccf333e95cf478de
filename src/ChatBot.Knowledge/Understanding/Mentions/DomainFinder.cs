using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Text;
using ChatBot.Knowledge.Understanding.Messages;

namespace ChatBot.Knowledge.Understanding.Mentions;

/// <summary>
/// Finds the durable-skill domains a message names, by name or by an everyday word for them ("teamwork",
/// "resilience", "problem solving"). Only a framework's own domains are found.
/// </summary>
internal static class DomainFinder
{
    /// <summary>Everyday words for the durable-skill domains, by the domain's name in lower case.</summary>
    private static readonly FrozenDictionary<string, string[]> Synonyms = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["communication"] = ["communication", "communications", "communicate", "communicating", "communicator", "communicators", "communication skills"],
        ["leadership"] = ["leadership", "leadership skills", "leading others", "leading people", "leading a team", "leading the team"],
        ["metacognition"] = ["metacognition", "metacognitive", "self awareness", "self aware", "reflection", "reflective", "reflect", "reflecting", "thinking about thinking", "self monitoring", "self reflection", "self assessment", "self evaluation", "introspection", "self regulation"],
        ["critical thinking"] = ["critical thinking", "problem solving", "problem solver", "problem solvers", "reasoning", "analytical", "analytical thinking", "critical thinker", "critical thinkers", "analysis skills", "judgment skills"],
        ["collaboration"] = ["collaboration", "collaborate", "collaborating", "collaborative", "teamwork", "team work", "working together", "team player", "team players", "cooperating", "cooperative", "working with others", "partnering", "collab"],
        ["character"] = ["character", "ethics", "ethical", "integrity", "honesty", "honest", "professional conduct", "trustworthiness", "values", "morals", "moral"],
        ["creativity"] = ["creativity", "creative", "innovation", "innovative", "inventive", "creative thinking", "originality", "ingenuity", "innovate", "innovating"],
        ["growth mindset"] = ["growth mindset", "learning mindset", "learning agility", "open to feedback", "continuous learning", "willingness to learn", "mindset", "growth mindsets"],
        ["mindfulness"] = ["mindfulness", "mindful", "staying calm", "stay calm", "keeping calm", "composure", "emotional regulation", "calmness", "presence of mind", "focus and calm"],
        ["fortitude"] = ["fortitude", "resilience", "resilient", "grit", "perseverance", "persistence", "tenacity", "toughness", "mental toughness", "endurance", "bounce back", "bouncing back", "coping"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, PhraseTable<string>> Tables = new(StringComparer.Ordinal);

    /// <summary>The domains named, in order of appearance, each once, with where and how much it counts.</summary>
    public static List<(SkillDomain Domain, int Position, double Weight)> Find(Message message, OccupationFramework framework)
    {
        var found = new List<(SkillDomain, int, double)>();
        if (framework.Domains.IsEmpty)
        {
            return found;
        }

        foreach (var hit in TableFor(framework.Domains).FindAll(message))
        {
            if (framework.FindDomain(hit.Value) is not { } domain)
            {
                continue;
            }

            // A domain named twice counts where it counts most ("comms assessment ... the communication statements?").
            var weight = message.Weight(hit.Start);
            var index = found.FindIndex(entry => entry.Item1 == domain);
            if (index < 0)
            {
                found.Add((domain, hit.Start, weight));
            }
            else if (weight > found[index].Item3)
            {
                found[index] = (domain, hit.Start, weight);
            }
        }

        return found;
    }

    /// <summary>Every word that names a domain, so a domain word is never read as a search term.</summary>
    public static IEnumerable<string> Words(ImmutableArray<SkillDomain> domains) =>
        domains.SelectMany(domain => Tokenizer.Words(domain.Name)).Concat(Synonyms.Values.SelectMany(phrases => phrases).SelectMany(phrase => phrase.Split(' ')));

    // Frameworks share their domain names (the durable-skills taxonomy), so a table is built once per set of names.
    private static PhraseTable<string> TableFor(ImmutableArray<SkillDomain> domains) =>
        Tables.GetOrAdd(string.Join('|', domains.Select(domain => domain.Name)), _ => new PhraseTable<string>(domains.SelectMany(domain =>
        {
            var key = domain.Name.ToLowerInvariant();
            var own = string.Join(' ', Tokenizer.Words(domain.Name));
            return (Synonyms.GetValueOrDefault(key) ?? []).Append(own).Distinct(StringComparer.Ordinal).Select(phrase => (phrase, domain.Name));
        })));
}
