using System.Collections.Immutable;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding.Mentions;

namespace ChatBot.Knowledge.Understanding.Intents;

/// <summary>
/// The values an intent's question is built from, read off the mentions and, where the message leaves them out and
/// continues the conversation, off its context: the levels asked about, a move between two levels, a pair to
/// compare, the domains, the previous answer's items.
/// </summary>
internal sealed class Slots
{
    private readonly Lazy<List<ProficiencyLevel>> _levels;
    private readonly ProficiencyLevel? _conversationLevel;
    private readonly Lazy<ImmutableArray<PlacedStatement>> _previousItems;

    public Slots(MentionSet mentions, ConversationContext context)
    {
        Mentions = mentions;
        Framework = mentions.Framework.Framework;
        ContextApplies = context.SocCode == Framework.Occupation.SocCode;
        Context = ContextApplies ? context : ConversationContext.Empty;

        // The four levels are the same in every framework: "that level" holds across a switch of occupation.
        _conversationLevel = context.Level;
        IsFollowUp = ContextApplies && Context.Focus is not null && ContinuesConversation(mentions);
        _previousItems = new(() => ContextApplies ? [.. Context.Items.Select(item => item.Find(Framework)).OfType<PlacedStatement>()] : []);
        _levels = new(() => mentions.AsksBetween ? LevelsBetween(Context.Focus) : AskedLevels(mentions, ReferenceLevel, SpeakerLevel));
    }

    public MentionSet Mentions { get; }

    public OccupationFramework Framework { get; }

    public ConversationContext Context { get; }

    public bool ContextApplies { get; }

    /// <summary>The message leans on the conversation: it opens like a follow-up, refers back, steps up or down, or is a few words.</summary>
    public bool IsFollowUp { get; }

    /// <summary>What "the level above" counts from: the speaker's own level, else the conversation's.</summary>
    public ProficiencyLevel? ReferenceLevel => SpeakerLevel ?? _conversationLevel;

    /// <summary>The speaker's level: said here, or said earlier when the message points at it ("at my level", "where am I").</summary>
    public ProficiencyLevel? SpeakerLevel => Mentions.SpeakerLevel ?? (ContextApplies && PointsAtTheSpeaker(Mentions.Message) ? Context.SpeakerLevel : null);

    /// <summary>The levels asked about, in order; a relative one resolved against <see cref="ReferenceLevel"/>.</summary>
    public List<ProficiencyLevel> Levels => _levels.Value;

    /// <summary>The level asked about, or the conversation's level when the message continues it.</summary>
    public ProficiencyLevel? Level => Levels.Count > 0 ? Levels[0] : IsFollowUp ? Context.Level : null;

    /// <summary>A level the message itself names (not the conversation's).</summary>
    public ProficiencyLevel? NamedLevel => Levels.Count > 0 ? Levels[0] : null;

    public bool EveryLevel => Mentions.Has(Cue.EveryLevel);

    public SkillDomain? Domain => Domains.IsEmpty ? null : Domains[0];

    /// <summary>The domains named and not negated, in order.</summary>
    public ImmutableArray<SkillDomain> Domains => [.. Mentions.Domains.Where(found => found.Weight > 0).Select(found => found.Domain)];

    /// <summary>Two levels to put side by side: two named, or one named beside the speaker's or the conversation's.</summary>
    public (ProficiencyLevel Left, ProficiencyLevel Right)? Pair
    {
        get
        {
            var levels = new List<ProficiencyLevel>(Levels);
            if (levels.Count == 1 && Mentions.SpeakerLevel is { } speaker && speaker != levels[0])
            {
                levels.Insert(0, speaker);
            }

            // One level beside the conversation's: the two in ladder order ("compare with proficient" after Advanced).
            if (levels.Count == 1 && ContextApplies && Context.Level is { } current && current != levels[0] && (IsFollowUp || Mentions.Has(Cue.Reference)))
            {
                return current < levels[0] ? (current, levels[0]) : (levels[0], current);
            }

            return levels.Count >= 2 ? (levels[0], levels[1]) : null;
        }
    }

    /// <summary>A move up the ladder: where someone is and where they are going.</summary>
    public (ProficiencyLevel From, ProficiencyLevel To)? Move
    {
        get
        {
            var named = Mentions.Levels.Where(mention => mention.Weight > 0 && mention.Role != LevelRole.OtherPerson).ToList();
            var going = named.FirstOrDefault(mention => mention.Role == LevelRole.Target);
            var to = going?.Resolve(going.IsRelative ? Mentions.Anchor(going, null, _conversationLevel) : null);
            var from = named.FirstOrDefault(mention => mention.Role == LevelRole.Origin)?.Resolve(ReferenceLevel) ?? Mentions.SpeakerLevel;
            var subjects = named.Where(mention => mention.Role == LevelRole.Subject).Select(mention => mention.Resolve(ReferenceLevel)).OfType<ProficiencyLevel>().Distinct().ToList();
            var step = named.FirstOrDefault(mention => mention.IsRelative);
            var relative = step?.Resolve(step.FromOtherPerson && Mentions.OtherPersonLevel is { } theirs ? theirs : from ?? ReferenceLevel);
            if (from is null && to is null && subjects.Count >= 2)
            {
                return (subjects.Min(), subjects.Max());
            }

            to ??= relative is { } stepped && stepped != from ? stepped : null;
            if (from is null && subjects.Count > 0 && subjects[0] != to)
            {
                // "how does a mid-level dispatcher move up?": the one level named is where they stand, unless it is the target.
                from = to is { } target && subjects[0] > target ? null : subjects[0];
            }

            from ??= to is { } goal && ContextApplies && Context.Level is { } current && current < goal ? current : null;

            // "what's next for me after this?": the step after where the conversation stands, or where the speaker said they are.
            if (from is null && to is null && named.Count == 0 && ContextApplies && (Mentions.Has(Cue.Next) || Mentions.Has(Cue.Progression)))
            {
                from = Context.SpeakerLevel ?? Context.Level;
            }
            if (from is null && to is { } destination)
            {
                from = destination > ProficiencyLevel.Emerging ? destination - 1 : destination;
            }

            if (from is { } start && to is null)
            {
                to = start < ProficiencyLevel.Advanced ? start + 1 : start;
            }

            return from is { } a && to is { } b ? (a, b) : null;
        }
    }

    /// <summary>The O*NET list named, or after a list, "that list" ("what are the other ones?").</summary>
    public Model.OnetList? List =>
        Mentions.List is { Weight: > 0 } named ? named.List
        : IsFollowUp && Mentions.Has(Cue.Reference) && !NamesASection ? Context.Focus?.List
        : null;

    /// <summary>Whether the message names a section of statements ("in the level statements", "the AI ones", "the durable skills").</summary>
    public bool NamesASection => Mentions.Has(Cue.LevelStatements) || Mentions.Has(Cue.Ai) || Mentions.Has(Cue.DurableSkills);

    /// <summary>The previous answer's statements, as they stand in the framework now (found once: every row asks).</summary>
    public ImmutableArray<PlacedStatement> PreviousItems => _previousItems.Value;

    /// <summary>The levels strictly between the two of the previous answer (a comparison, a move).</summary>
    private static List<ProficiencyLevel> LevelsBetween(ConversationFocus? focus) =>
        focus is { Level: { } one, OtherLevel: { } other }
            ? [.. Enumerable.Range(Math.Min((int)one, (int)other) + 1, Math.Max(0, Math.Abs((int)one - (int)other) - 1)).Select(level => (ProficiencyLevel)level)]
            : [];

    /// <summary>The levels asked about; with none, the speaker's own when nothing says they want the next one ("I'm a trainee: what should I be doing?").</summary>
    private static List<ProficiencyLevel> AskedLevels(MentionSet mentions, ProficiencyLevel? reference, ProficiencyLevel? speaker)
    {
        var levels = mentions.AskedLevels(reference);
        if (levels.Count == 0 && speaker is { } own && !mentions.Has(Cue.Next) && !mentions.Has(Cue.Progression) && !mentions.Has(Cue.Direction))
        {
            levels.Add(own);
        }

        // "What should our operations lead be accountable for?": what is expected of the one person described, by their level.
        if (levels.Count == 0 && mentions.SpeakerLevel is null && mentions.OtherPersonLevel is { } theirs && mentions.Has(Cue.Expect) && !mentions.Has(Cue.Fit))
        {
            levels.Add(theirs);
        }

        return levels;
    }

    /// <summary>
    /// How much a cue counts, with what the conversation adds: after a list, "is integrity one of them?" names that list.
    /// </summary>
    public double Weigh(Cue cue)
    {
        var weight = Mentions.Cue(cue);

        // "and where am I now on that?": the level the speaker gave earlier is the one asked about.
        if (cue == Cue.Level && weight <= 0 && Mentions.SpeakerLevel is null && SpeakerLevel is not null)
        {
            return 1;
        }

        if (cue == Cue.List && weight <= 0 && IsFollowUp && Context.Focus?.List is not null && (Mentions.Has(Cue.YesNo) || Mentions.Has(Cue.Reference)))
        {
            return 1;
        }

        return weight;
    }

    /// <summary>"my level", "where am I", "where I sit now", "for me right now": the speaker's own level, not named.</summary>
    private static bool PointsAtTheSpeaker(Messages.Message message)
    {
        var words = message.Words;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var (word, next) = (words[i], words[i + 1]);
            if ((word == "my" && next is "level" or "grade" or "band" or "tier" or "rung" or "current" or "stage")
                || (word == "where" && next is "i" or "i'm" or "am")
                || (word is "i'm" or "am" && next == "now"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContinuesConversation(MentionSet mentions)
    {
        var message = mentions.Message;
        if (message.Count <= 3 || mentions.Levels.Any(mention => mention.IsRelative) || mentions.ItemPosition is not null || mentions.Has(Cue.Reference))
        {
            return true;
        }

        // "the Developing one", "which one": an item of the previous answer.
        if (message.HasAny("one", "ones"))
        {
            return true;
        }

        // A sentence that opens like a follow-up: "and ...", "what about ...", "thanks! and at the very top?".
        for (var i = 0; i < message.Count; i++)
        {
            if ((i == 0 || !message.SameSentence(i - 1, i)) && CueLexicon.Table.Match(message, i) is { } opening && opening.Value.Contains(Cue.FollowUp))
            {
                return true;
            }
        }

        return false;
    }
}
