using System.Collections.Frozen;
using ChatBot.Knowledge.Text;

namespace ChatBot.Knowledge.Search;

/// <summary>Everyday words → the frameworks' wording, so a search meets what the statements say ("angry" → "dissatisfied").</summary>
internal static class SearchSynonyms
{
    public static readonly FrozenDictionary<string, string[]> Words = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["ahead"] = ["advance"],
        ["beforehand"] = ["advance"],
        ["absent"] = ["absences", "attendance"],
        ["sick"] = ["absences", "attendance"],
        ["late"] = ["punctuality", "attendance"],
        ["favouritism"] = ["preference", "equitable", "fairly"],
        ["favoritism"] = ["preference", "equitable", "fairly"],
        ["incoming"] = ["oncoming"],
        ["angry"] = ["dissatisfied", "frustrated", "hostile", "agitation", "complaints", "difficult", "conflict"],
        ["upset"] = ["dissatisfied", "frustrated", "complaints", "difficult"],
        ["irate"] = ["dissatisfied", "frustrated", "hostile", "agitation"],
        ["rude"] = ["hostile", "difficult", "conflict"],
        ["unhappy"] = ["dissatisfied", "complaints"],
        ["complaint"] = ["complaints", "dissatisfied"],
        ["boss"] = ["supervisor", "supervisors", "management"],
        ["manager"] = ["management", "supervisor"],
        ["truck"] = ["vehicle", "vehicles", "fleet"],
        ["trucks"] = ["vehicle", "vehicles", "fleet"],
        ["van"] = ["vehicle", "vehicles", "fleet"],
        ["gps"] = ["location", "tracking"],
        ["map"] = ["maps", "map", "geographic"],
        ["maps"] = ["maps", "map", "geographic"],
        ["mapping"] = ["maps", "map", "geographic", "gis"],
        ["aviation"] = ["aircraft", "airplane", "airline", "aviation"],
        ["thinking"] = ["thinking", "reasoning", "judgment"],
        ["hearing"] = ["hearing", "listening"],
        ["phone"] = ["telephone"],
        ["phones"] = ["telephone"],
        ["email"] = ["mail", "electronic"],
        ["emails"] = ["mail", "electronic"],
        ["stress"] = ["stress", "pressure", "overwhelm"],
        ["pressure"] = ["pressure", "stress"],
        ["mistake"] = ["errors", "mistakes"],
        ["mistakes"] = ["errors", "mistakes"],
        ["training"] = ["train", "mentor", "coaching", "teaches"],
        ["crisis"] = ["crises", "crisis", "emergencies", "disruption"],
        ["drivers"] = ["crews", "driver", "drivers"],
        ["budget"] = ["cost", "costs", "investment", "finance"],
        ["kpi"] = ["kpi", "metrics", "performance"],
        ["audit"] = ["audit", "audits", "compliance"],
        ["handover"] = ["handoff", "shift"],
        ["outage"] = ["disruption", "disruptions", "failure", "breakdown"],
        ["outages"] = ["disruption", "disruptions", "failure", "breakdown"],
        ["exercise"] = ["drills", "drill"],
        ["exercises"] = ["drills", "drill"],
        ["keying"] = ["entering", "enter", "log"],
        ["typing"] = ["entering", "enter"],
        ["info"] = ["data", "information"],
        ["information"] = ["data"],
        ["texts"] = ["messages", "notifications"],
        ["tickets"] = ["ticket", "tickets", "helpdesk"],
        ["kpis"] = ["kpi", "metrics", "performance"],
        ["weather"] = ["weather"],
        ["safety"] = ["safety"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The word and its everyday equivalents, stemmed: what counts as the word being used ("mapping" → "geographic").</summary>
    public static HashSet<string> StemsOf(string word) =>
        Words.GetValueOrDefault(word, []).Append(word).Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
}
