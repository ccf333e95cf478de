using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>What a chat message asks, resolved against the store (and the conversation so far).</summary>
public abstract record Question;

/// <summary>A question about one occupation's framework.</summary>
public abstract record FrameworkQuestion(OccupationFramework Framework) : Question;

/// <summary>"What does a Proficient dispatcher do?"; <paramref name="Fit"/> says why a described person fits this level.</summary>
public sealed record LevelQuestion(OccupationFramework Framework, ProficiencyLevel Level, LevelFit? Fit = null) : FrameworkQuestion(Framework);

/// <summary>Two levels side by side.</summary>
public sealed record CompareQuestion(OccupationFramework Framework, ProficiencyLevel Left, ProficiencyLevel Right) : FrameworkQuestion(Framework);

/// <summary>"How do I get from Developing to Proficient?": what the target level adds over the current one.</summary>
public sealed record ProgressionQuestion(OccupationFramework Framework, ProficiencyLevel From, ProficiencyLevel To) : FrameworkQuestion(Framework);

/// <summary>A durable-skill domain at one level, or at every level when <paramref name="Level"/> is null.</summary>
public sealed record DomainQuestion(OccupationFramework Framework, SkillDomain Domain, ProficiencyLevel? Level) : FrameworkQuestion(Framework);

/// <summary>"What are the skill domains?"; with a level, every domain's statements at that level.</summary>
public sealed record DomainListQuestion(OccupationFramework Framework, ProficiencyLevel? Level) : FrameworkQuestion(Framework);

/// <summary>How each level uses AI, or one level when <paramref name="Level"/> is given.</summary>
public sealed record AiUsageQuestion(OccupationFramework Framework, ProficiencyLevel? Level) : FrameworkQuestion(Framework);

/// <summary>The evidence pack, with the fact asked about when there is one ("Time saved").</summary>
public sealed record EvidenceQuestion(OccupationFramework Framework, string? FactLabel) : FrameworkQuestion(Framework);

/// <summary>One of the O*NET lists.</summary>
public sealed record ListQuestion(OccupationFramework Framework, OnetList List) : FrameworkQuestion(Framework);

/// <summary>"Is GIS one of the technologies?": the item asked about and the list items it matches (none: not listed).</summary>
public sealed record ListItemQuestion(OccupationFramework Framework, OnetList List, string Item, ImmutableArray<string> Matches) : FrameworkQuestion(Framework);

/// <summary>"Is a cab starter covered?": a related title of the occupation.</summary>
public sealed record CoverageQuestion(OccupationFramework Framework, string RelatedTitle) : FrameworkQuestion(Framework);

/// <summary>
/// What the framework covers, and what its reference articles say about the boundary asked about. <paramref name="NamesExcludedWork"/>
/// when the question names work the framework leaves out (police, fire, ambulance, 911), not when it asks about the scope in general.
/// </summary>
public sealed record ScopeQuestion(OccupationFramework Framework, ImmutableArray<string> AskedAbout, bool NamesExcludedWork) : FrameworkQuestion(Framework);

/// <summary>Pay: the framework has none; the reference articles may.</summary>
public sealed record SalaryQuestion(OccupationFramework Framework) : FrameworkQuestion(Framework);

/// <summary>One statement by its title; the same title can sit in more than one place.</summary>
public sealed record StatementQuestion(OccupationFramework Framework, ImmutableArray<PlacedStatement> Matches) : FrameworkQuestion(Framework);

/// <summary>A keyword search across every section.</summary>
public sealed record SearchQuestion(OccupationFramework Framework, ImmutableArray<string> Terms) : FrameworkQuestion(Framework);

/// <summary>The source list, or the sources behind the previous answer when <paramref name="Focus"/> is given.</summary>
public sealed record SourcesQuestion(OccupationFramework Framework, ConversationFocus? Focus) : FrameworkQuestion(Framework);

/// <summary>SOC and CIP codes, job zone, framework version.</summary>
public sealed record CodesQuestion(OccupationFramework Framework) : FrameworkQuestion(Framework);

/// <summary>Help, a greeting, or a question not understood (with up to three "did you mean" suggestions).</summary>
public sealed record HelpQuestion(HelpReason Reason, ImmutableArray<string> Suggestions) : Question;

/// <summary>A question about an occupation the store does not hold ("a proficient nurse").</summary>
public sealed record OtherOccupationQuestion(string AskedFor) : Question;

/// <summary>The question fits several occupations the store holds; the user picks one.</summary>
public sealed record WhichOccupationQuestion(ImmutableArray<OccupationFramework> Choices, string PendingText) : Question;
