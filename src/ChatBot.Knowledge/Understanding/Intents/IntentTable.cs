using System.Collections.Immutable;
using ChatBot.Knowledge.Understanding.Mentions;

namespace ChatBot.Knowledge.Understanding.Intents;

/// <summary>
/// Every kind of question the reader knows, one row each: the cues that speak for it (weighted; a negative weight
/// speaks against), the slots it needs, and how it builds its question. A message is scored against every row; the
/// rows are not tried in order, except that the earlier of two equal scores wins. A new kind of question is a new
/// row here, with its question type.
/// </summary>
internal static class IntentTable
{
    public static ImmutableArray<IntentRow> Rows { get; } =
    [
        new("thanks", [(Cue.Thanks, 2.0)], Slot.None, Slot.None, _ => new HelpQuestion(HelpReason.Thanks, []), StandsAlone: true),
        new("help", [(Cue.Help, 1.6), (Cue.Greeting, 1.0)], Slot.None, Slot.None, _ => new HelpQuestion(HelpReason.Welcome, []), StandsAlone: true),
        new("position", [(Cue.Position, 2.4)], Slot.Position, Slot.None, Builders.ItemAtPosition),
        new("item", [(Cue.Reference, 1.0), (Cue.Explain, 0.6), (Cue.Expect, 0.3), (Cue.Level, 0.2), (Cue.Ai, -1.0), (Cue.Domain, -1.0)], Slot.PreviousItems, Slot.None, Builders.SingleItem),
        new("filter", [(Cue.Cite, 0.8), (Cue.SourceName, 0.8), (Cue.Reference, 0.8), (Cue.Search, 0.6), (Cue.Which, 0.8), (Cue.Uncited, 1.6), (Cue.YesNo, 0.2), (Cue.Only, 0.2)], Slot.None, Slot.None, Builders.Filter),
        new("fit", [(Cue.Fit, 1.4), (Cue.FitEvidence, 0.6), (Cue.Level, -0.3)], Slot.Fit, Slot.None, Builders.Fit),
        new("sections", [(Cue.SeveralSections, 2.2)], Slot.None, Slot.None, Builders.Sections),
        new("domain-compare", [(Cue.Domain, 1.5), (Cue.Compare, 0.6), (Cue.TwoLevels, 0.6), (Cue.EveryLevel, -1.0)], Slot.Domain | Slot.Pair, Slot.None,
            slots => new SectionCompareQuestion(slots.Framework, slots.Domain, slots.Pair!.Value.Left, slots.Pair!.Value.Right)),
        new("ai-compare", [(Cue.Ai, 1.5), (Cue.Compare, 0.6), (Cue.TwoLevels, 0.6), (Cue.EveryLevel, -1.0)], Slot.Pair, Slot.None,
            slots => new SectionCompareQuestion(slots.Framework, null, slots.Pair!.Value.Left, slots.Pair!.Value.Right)),
        new("progression", [(Cue.Progression, 1.1), (Cue.Next, 0.9), (Cue.Direction, 0.7), (Cue.Speaker, 0.5), (Cue.Compare, -0.3), (Cue.EveryLevel, -0.8)], Slot.Move, Slot.None, Builders.Progression),
        new("compare", [(Cue.Compare, 1.3), (Cue.TwoLevels, 0.8), (Cue.EveryLevel, -0.6)], Slot.Pair, Slot.None,
            slots => new CompareQuestion(slots.Framework, slots.Pair!.Value.Left, slots.Pair!.Value.Right)),
        new("follow-up",
            [
                (Cue.Level, 1.4), (Cue.Domain, 1.6), (Cue.TwoLevels, 0.8), (Cue.Compare, 0.6), (Cue.FollowUp, 0.3), (Cue.Reference, 0.2), (Cue.Expect, -0.6),
                (Cue.LevelStatements, -0.3), (Cue.Ai, -1.0), (Cue.DurableSkills, -1.0), (Cue.Evidence, -1.0), (Cue.List, -1.0), (Cue.Sources, -0.5),
                (Cue.Pay, -1.0), (Cue.Education, -1.0), (Cue.ScopeTerm, -1.0), (Cue.Search, -0.5), (Cue.Which, -1.5),
            ],
            Slot.Continuation, Slot.None, Builders.Continue),
        new("domain", [(Cue.Domain, 1.5), (Cue.Expect, 0.1), (Cue.EveryLevel, 0.3), (Cue.Which, -0.8)], Slot.Domain, Slot.Level,
            slots => new DomainQuestion(slots.Framework, slots.Domain!, slots.EveryLevel ? null : slots.Level)),
        new("durable-skills", [(Cue.DurableSkills, 1.4), (Cue.Domain, -0.8)], Slot.None, Slot.Level,
            slots => new DomainListQuestion(slots.Framework, slots.EveryLevel ? null : slots.Level)),
        new("ai", [(Cue.Ai, 1.5), (Cue.EveryLevel, 0.3), (Cue.EvidenceFact, -0.5), (Cue.Which, -0.6)], Slot.None, Slot.Level, slots => new AiUsageQuestion(slots.Framework, slots.EveryLevel ? null : slots.Level)),
        new("evidence", [(Cue.Evidence, 1.4), (Cue.EvidenceFact, 0.8)], Slot.None, Slot.None, slots => new EvidenceQuestion(slots.Framework, slots.Mentions.EvidenceFact)),
        new("statement", [(Cue.StatementTitle, 1.6), (Cue.Explain, 0.5)], Slot.Statement, Slot.None,
            slots => new StatementQuestion(slots.Framework, [.. slots.Mentions.Statement.Statements.Select(statement => statement.Placed)])),
        new("list-item", [(Cue.List, 1.2), (Cue.ListItemNamed, 1.0), (Cue.YesNo, 0.7), (Cue.Reference, 0.3), (Cue.Which, 0.8)], Slot.Item, Slot.None, Builders.ListItem),
        new("list", [(Cue.List, 1.3)], Slot.List, Slot.None,
            slots => new ListQuestion(slots.Framework, slots.List!.Value) { Others = [.. slots.Mentions.Lists.Where(list => list != slots.List)] }),
        new("coverage", [(Cue.RelatedTitle, 1.6), (Cue.Level, -0.8), (Cue.Fit, -0.8)], Slot.RelatedTitle, Slot.None,
            slots => new CoverageQuestion(slots.Framework, slots.Mentions.Occupation.RelatedTitle!.Title)),
        new("scope", [(Cue.ScopeTerm, 1.6), (Cue.ScopeAsk, 1.0), (Cue.Level, -0.5), (Cue.Pay, -1.5), (Cue.Education, -1.0), (Cue.Article, -1.0), (Cue.Which, -1.0)], Slot.None, Slot.None, Builders.Scope),
        new("salary", [(Cue.Pay, 2.4)], Slot.None, Slot.None, slots => new SalaryQuestion(slots.Framework, slots.NamedLevel)),
        new("education", [(Cue.Education, 2.2), (Cue.Codes, -0.8)], Slot.None, Slot.None, slots => new EducationQuestion(slots.Framework)),
        new("sources", [(Cue.Sources, 1.6), (Cue.SourceName, 0.3), (Cue.Ai, -0.6), (Cue.Domain, -0.6), (Cue.Which, -0.8)], Slot.None, Slot.None, Builders.Sources),
        new("codes", [(Cue.Codes, 1.6)], Slot.None, Slot.None, slots => new CodesQuestion(slots.Framework)),
        new("ladder", [(Cue.Ladder, 1.3), (Cue.Count, 0.6), (Cue.Level, -0.6)], Slot.None, Slot.None, slots => new LadderQuestion(slots.Framework)),
        new("about", [(Cue.Version, 1.5), (Cue.Publisher, 1.5), (Cue.Sources, 0.3)], Slot.None, Slot.None, slots => new AboutQuestion(slots.Framework)),
        new("article", [(Cue.Article, 1.2), (Cue.Search, 0.4), (Cue.SearchWeak, 0.3), (Cue.Terms, 0.4), (Cue.Held, 0.5)], Slot.Terms, Slot.None,
            slots => SearchQuestion.Find(slots.Mentions.Framework, slots.Mentions.SearchTerms, new Search.SearchScope(ArticlesOnly: true))),
        new("search", [(Cue.Search, 1.1), (Cue.SearchWeak, 0.4), (Cue.Terms, 0.5), (Cue.Level, -0.6), (Cue.Held, 0.5)], Slot.Terms, Slot.None, Builders.Search),
        new("level",
            [
                (Cue.Level, 1.2), (Cue.Expect, 0.4), (Cue.LevelStatements, 0.3), (Cue.TwoLevels, -0.6), (Cue.Which, -0.6), (Cue.Ai, -0.5), (Cue.Domain, -0.5), (Cue.Search, -0.4),
                (Cue.DurableSkills, -0.5), (Cue.Evidence, -0.5), (Cue.List, -0.5), (Cue.Sources, -0.5), (Cue.Pay, -0.5), (Cue.Education, -0.5),
            ], Slot.Level, Slot.None, slots => slots.NamedLevel is { } level ? new LevelQuestion(slots.Framework, level) : null),
    ];
}
