using System.Collections.Frozen;

namespace ChatBot.Knowledge.Text;

/// <summary>Folds British spellings and common chat shorthand onto the American spellings the frameworks use.</summary>
internal static class Spelling
{
    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["centre"] = "center",
        ["centres"] = "centers",
        ["behaviour"] = "behavior",
        ["behaviours"] = "behaviors",
        ["programme"] = "program",
        ["programmes"] = "programs",
        ["colour"] = "color",
        ["favour"] = "favor",
        ["judgement"] = "judgment",
        ["licence"] = "license",
        ["defence"] = "defense",
        ["travelling"] = "traveling",
        ["cancelled"] = "canceled",
        ["modelling"] = "modeling",
        ["labour"] = "labor",
        ["catalogue"] = "catalog",
        ["dialogue"] = "dialog",
        ["enrolment"] = "enrollment",
        ["fulfil"] = "fulfill",
        ["skilful"] = "skillful",
        ["comms"] = "communication",
        ["info"] = "information",
        ["mgmt"] = "management",
        ["mgr"] = "manager",
        ["tech"] = "technology",
        ["techs"] = "technology",
        ["lvl"] = "level",
        ["yr"] = "year",
        ["yrs"] = "years",
        ["pls"] = "please",
        ["plz"] = "please",
        ["u"] = "you",
        ["ur"] = "your",
        ["r"] = "are",
        ["wat"] = "what",
        ["wats"] = "what's",
        ["whts"] = "what's",
        ["rn"] = "now",
        ["atm"] = "now",
        ["nxt"] = "next",
        ["lvls"] = "levels",
        ["abt"] = "about",
        ["wrt"] = "regarding",
        ["n"] = "and",
        ["w"] = "with",
        ["bc"] = "because",
        ["cos"] = "because",
        ["im"] = "i'm",
        ["dont"] = "don't",
        ["doesnt"] = "doesn't",
        ["whos"] = "who's",
        ["thru"] = "through",
        ["ppl"] = "people",
        ["reqs"] = "requirements",
        ["req"] = "requirement",
        ["expt"] = "expected",
        ["wht"] = "what",
        ["whats"] = "what",
        ["ai's"] = "ai",
        ["dispatchers'"] = "dispatchers",
        ["vs"] = "versus",
        ["v"] = "versus",
        ["diff"] = "difference",
        ["exp"] = "experience",
        ["govt"] = "government",
        ["snr"] = "senior",
        ["sr"] = "senior",
        ["jnr"] = "junior",
        ["jr"] = "junior",
        ["prep"] = "preparation",
        ["collab"] = "collaboration",
        ["shud"] = "should",
        ["wot"] = "what",
        ["re"] = "regarding",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly (string British, string American)[] Endings =
    [
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"),
        ("ise", "ize"), ("yse", "yze"), ("ysed", "yzed"), ("ysing", "yzing"), ("ogue", "og"),
    ];

    /// <summary>The American spelling of a lower-case word, or the word itself.</summary>
    public static string Americanize(string word)
    {
        if (Words.TryGetValue(word, out var mapped))
        {
            return mapped;
        }

        foreach (var (british, american) in Endings)
        {
            // Short words ("rise", "wise", "analyse" aside) keep their ending: the rule is for derived words.
            if (word.Length >= british.Length + 4 && word.EndsWith(british, StringComparison.Ordinal))
            {
                return word[..^british.Length] + american;
            }
        }

        return word;
    }
}
