namespace ChatBot.Knowledge.Understanding.Mentions;

/// <summary>A kind of word or phrase that signals what a message asks for; the intent table weighs them.</summary>
internal enum Cue
{
    Greeting,
    Thanks,
    Help,

    /// <summary>"what is expected", "what do they do", "standards": what a level holds.</summary>
    Expect,

    /// <summary>"the statements", "level statements": the ladder's own statements, as one section among others.</summary>
    LevelStatements,
    Compare,
    Progression,

    /// <summary>"what's next", "what should I work towards": the step after where someone stands.</summary>
    Next,
    Fit,
    Explain,
    Search,

    /// <summary>"is there a contingency statement", "anything with GIS": whether something is held, a level being only where to look.</summary>
    Held,

    /// <summary>Words that may ask to find something ("about", "which", "covers"), but only weakly.</summary>
    SearchWeak,

    /// <summary>"the article", "that dispatcher vs 911 piece": the reference article, not the framework.</summary>
    Article,

    /// <summary>"only", "just", "solely": nothing but what follows.</summary>
    Only,

    /// <summary>"cite", "backed by", "based on": which source a statement draws on.</summary>
    Cite,
    YesNo,

    /// <summary>"those", "them", "that": the previous answer.</summary>
    Reference,

    /// <summary>"and ...", "what about ...", "same for ...": a message that continues the conversation.</summary>
    FollowUp,
    EveryLevel,
    Sources,
    Ai,
    DurableSkills,
    Evidence,
    Codes,
    Ladder,
    Count,
    Version,
    Publisher,
    ScopeAsk,
    ScopeTerm,
    Pay,
    Education,
    Duration,
    JobAd,
    Training,
    Interview,
    List,

    // Cues that come from what the message names rather than from phrases.

    /// <summary>A level the message asks about (not the speaker's own, not another person's).</summary>
    Level,

    /// <summary>Two different levels.</summary>
    TwoLevels,

    /// <summary>The speaker's own level ("I'm mid-level").</summary>
    Speaker,

    /// <summary>A level named as where someone is going ("to senior") or coming from ("from developing").</summary>
    Direction,
    Domain,
    StatementTitle,
    RelatedTitle,

    /// <summary>A described person's experience ("first year, on their own") that points to a level.</summary>
    FitEvidence,

    /// <summary>"the second one": an item of the previous answer by its position.</summary>
    Position,

    /// <summary>A source named ("Pathsmith", "O*NET").</summary>
    SourceName,

    /// <summary>A message with something left to look up once the routing words are taken out.</summary>
    Terms,

    /// <summary>A figure of the evidence pack named ("time saved", "top skill").</summary>
    EvidenceFact,

    /// <summary>An item of an O*NET list named in full ("Public Safety and Security").</summary>
    ListItemNamed,

    /// <summary>Two or more sections asked for at once: the level's statements, AI use, durable skills, domains.</summary>
    SeveralSections,

    /// <summary>"which one is about ...", "which of those mention ...": asks which statements hold something.</summary>
    Which,

    /// <summary>"no citation", "uncited": a statement that cites no source.</summary>
    Uncited,
}
