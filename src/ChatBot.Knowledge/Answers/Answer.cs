using System.Collections.Immutable;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Answers;

/// <summary>A channel-neutral answer; the host turns it into a card and a plain-text fallback.</summary>
public abstract record Answer
{
    /// <summary>Hands the answer to the visitor's method for its kind: whatever shows answers shows every kind, or does not compile.</summary>
    public abstract T Accept<T>(IAnswerVisitor<T> visitor);
}

/// <summary>An answer from one occupation's framework, with the sources behind what it shows.</summary>
public abstract record FrameworkAnswer(OccupationFramework Framework, ImmutableArray<SourceEntry> Sources) : Answer;

/// <summary>One level: its statements in order; <paramref name="Fit"/> when the level was chosen from a description.</summary>
public sealed record LevelAnswer(OccupationFramework Framework, RoleLevel Level, ImmutableArray<SourceEntry> Sources, LevelFit? Fit = null)
    : FrameworkAnswer(Framework, Sources)
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.Level(this);
}

public sealed record CompareAnswer(OccupationFramework Framework, RoleLevel Left, RoleLevel Right, ImmutableArray<SourceEntry> Sources)
    : FrameworkAnswer(Framework, Sources)
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.Compare(this);
}

/// <summary>What the target level adds: its statements, its AI-usage statements and its durable-skill statements.</summary>
public sealed record ProgressionAnswer(
    OccupationFramework Framework,
    RoleLevel From,
    RoleLevel To,
    ImmutableArray<SourceEntry> Sources) : FrameworkAnswer(Framework, Sources)
{
    /// <summary>The levels passed on the way when the move skips one ("from entry to senior" passes Developing).</summary>
    public ImmutableArray<RoleLevel> Between { get; init; } = [];

    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.Progression(this);
}

/// <summary>One domain at one level (one group) or at every level.</summary>
public sealed record DomainAnswer(OccupationFramework Framework, SkillDomain Domain, ImmutableArray<StatementGroup> Groups, ImmutableArray<SourceEntry> Sources)
    : FrameworkAnswer(Framework, Sources)
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.Domain(this);
}

/// <summary>The durable-skill domains; with a level, each domain's statements at that level.</summary>
public sealed record DomainListAnswer(OccupationFramework Framework, ProficiencyLevel? Level, ImmutableArray<DomainStatements> AtLevel, ImmutableArray<SourceEntry> Sources)
    : FrameworkAnswer(Framework, Sources)
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.DomainList(this);
}

public sealed record AiUsageAnswer(OccupationFramework Framework, ImmutableArray<StatementGroup> Groups, ImmutableArray<SourceEntry> Sources)
    : FrameworkAnswer(Framework, Sources)
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.AiUsage(this);
}

/// <summary>The evidence pack; <paramref name="Asked"/> is the fact the question named, when it names one.</summary>
public sealed record EvidenceAnswer(OccupationFramework Framework, EvidenceFact? Asked, string? AskedGroup, ImmutableArray<SourceEntry> Sources)
    : FrameworkAnswer(Framework, Sources)
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.Evidence(this);
}

public sealed record ListAnswer(OccupationFramework Framework, OnetList List, ImmutableArray<string> Items, ImmutableArray<SourceEntry> Sources)
    : FrameworkAnswer(Framework, Sources)
{
    /// <summary>Other lists asked for with this one, each with its items.</summary>
    public ImmutableArray<(OnetList List, ImmutableArray<string> Items)> Others { get; init; } = [];

    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.List(this);
}

/// <summary>Whether an item is on a list: the items it matches (none: it is not listed), and the whole list.</summary>
public sealed record ListItemAnswer(OccupationFramework Framework, OnetList List, string Item, ImmutableArray<string> Matches, ImmutableArray<string> Items, ImmutableArray<SourceEntry> Sources)
    : FrameworkAnswer(Framework, Sources)
{
    /// <summary>Whether the person asked which items match ("which of those are bus related?"), not whether one is listed.</summary>
    public bool Selecting { get; init; }

    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.ListItem(this);
}

public sealed record CoverageAnswer(OccupationFramework Framework, string RelatedTitle, ImmutableArray<SourceEntry> Sources) : FrameworkAnswer(Framework, Sources)
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.Coverage(this);
}

/// <summary>What the framework covers, and what its reference articles say about the boundary asked about.</summary>
public sealed record ScopeAnswer(
    OccupationFramework Framework, ImmutableArray<string> AskedAbout, bool NamesExcludedWork, ImmutableArray<ReferencePassage> Passages, ImmutableArray<SourceEntry> Sources)
    : FrameworkAnswer(Framework, Sources)
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.Scope(this);
}

/// <summary>Pay: never from the framework (it has none), only what reference articles say, cited as such; <paramref name="Level"/> when pay at a level was asked.</summary>
public sealed record SalaryAnswer(OccupationFramework Framework, ImmutableArray<ReferencePassage> Passages, ImmutableArray<SourceEntry> Sources, ProficiencyLevel? Level = null)
    : FrameworkAnswer(Framework, Sources)
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.Salary(this);
}

public sealed record StatementAnswer(OccupationFramework Framework, ImmutableArray<PlacedStatement> Matches, ImmutableArray<SourceEntry> Sources)
    : FrameworkAnswer(Framework, Sources)
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.Statement(this);
}

public sealed record SearchAnswer(OccupationFramework Framework, ImmutableArray<string> Terms, ImmutableArray<SearchHit> Hits, ImmutableArray<SourceEntry> Sources)
    : FrameworkAnswer(Framework, Sources)
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.Search(this);
}

/// <summary>The source list; <paramref name="Focus"/> describes the answer they were asked for ("Proficient level").</summary>
public sealed record SourcesAnswer(OccupationFramework Framework, string? Focus, ImmutableArray<SourceEntry> Sources) : FrameworkAnswer(Framework, Sources)
{
    /// <summary>The statements asked about that cite sources of their own ("who's the source on that?"), each shown with what it cites.</summary>
    public ImmutableArray<Statement> Statements { get; init; } = [];

    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.Sources(this);
}

public sealed record CodesAnswer(OccupationFramework Framework, ImmutableArray<SourceEntry> Sources) : FrameworkAnswer(Framework, Sources)
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.Codes(this);
}

/// <summary>What the bot covers, with the occupations it holds, why it is shown, and "did you mean" suggestions.</summary>
public sealed record HelpAnswer(ImmutableArray<OccupationProfile> Occupations, HelpReason Reason, ImmutableArray<string> Suggestions) : Answer
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.Help(this);
}

/// <summary>The question is about an occupation the store does not hold.</summary>
public sealed record OtherOccupationAnswer(string AskedFor, ImmutableArray<OccupationProfile> Occupations) : Answer
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.OtherOccupation(this);
}

/// <summary>Several occupations fit; the user picks one. <paramref name="PendingText"/> is the question to answer then.</summary>
public sealed record WhichOccupationAnswer(ImmutableArray<OccupationProfile> Choices, int Total, string PendingText) : Answer
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.WhichOccupation(this);
}
