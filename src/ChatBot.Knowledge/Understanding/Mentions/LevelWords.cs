using System.Collections.Frozen;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding.Messages;

namespace ChatBot.Knowledge.Understanding.Mentions;

/// <summary>
/// The words people use for the four levels: the level names (and the durable-skill names Applying and Exceeding),
/// the role labels' words and everyday seniority words, numbers, ordinals and positions on the ladder.
/// </summary>
internal static class LevelWords
{
    public static readonly FrozenDictionary<string, ProficiencyLevel> Names = new Dictionary<string, ProficiencyLevel>(StringComparer.Ordinal)
    {
        ["emerging"] = ProficiencyLevel.Emerging,
        ["developing"] = ProficiencyLevel.Developing,
        ["proficient"] = ProficiencyLevel.Proficient,
        ["applying"] = ProficiencyLevel.Proficient,
        ["advanced"] = ProficiencyLevel.Advanced,
        ["exceeding"] = ProficiencyLevel.Advanced,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Seniority words and role-label words that name one level on their own.</summary>
    public static readonly FrozenDictionary<string, ProficiencyLevel> Seniority = new Dictionary<string, ProficiencyLevel>(StringComparer.Ordinal)
    {
        ["apprentice"] = ProficiencyLevel.Emerging,
        ["apprentices"] = ProficiencyLevel.Emerging,
        ["apprenticeship"] = ProficiencyLevel.Emerging,
        ["junior"] = ProficiencyLevel.Emerging,
        ["juniors"] = ProficiencyLevel.Emerging,
        ["trainee"] = ProficiencyLevel.Emerging,
        ["trainees"] = ProficiencyLevel.Emerging,
        ["beginner"] = ProficiencyLevel.Emerging,
        ["beginners"] = ProficiencyLevel.Emerging,
        ["novice"] = ProficiencyLevel.Emerging,
        ["novices"] = ProficiencyLevel.Emerging,
        ["newbie"] = ProficiencyLevel.Emerging,
        ["newbies"] = ProficiencyLevel.Emerging,
        ["rookie"] = ProficiencyLevel.Emerging,
        ["rookies"] = ProficiencyLevel.Emerging,
        ["newcomer"] = ProficiencyLevel.Emerging,
        ["newcomers"] = ProficiencyLevel.Emerging,
        ["established"] = ProficiencyLevel.Developing,
        ["intermediate"] = ProficiencyLevel.Developing,
        ["midlevel"] = ProficiencyLevel.Developing,
        ["senior"] = ProficiencyLevel.Proficient,
        ["seniors"] = ProficiencyLevel.Proficient,
        ["expert"] = ProficiencyLevel.Proficient,
        ["experts"] = ProficiencyLevel.Proficient,
        ["experienced"] = ProficiencyLevel.Proficient,
        ["lead"] = ProficiencyLevel.Advanced,
        ["leads"] = ProficiencyLevel.Advanced,
        ["principal"] = ProficiencyLevel.Advanced,
        ["principals"] = ProficiencyLevel.Advanced,
        ["executive"] = ProficiencyLevel.Advanced,
        ["executives"] = ProficiencyLevel.Advanced,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that count levels: "level 3", "tier two", "L2".</summary>
    public static readonly FrozenSet<string> CountingNouns = Message.Set("level", "levels", "lvl", "l", "tier", "tiers", "stage", "stages", "band", "bands", "grade", "grades", "rung", "rungs", "step", "steps", "phase", "one");

    public static readonly FrozenDictionary<string, int> Numbers = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["1"] = 1,
        ["2"] = 2,
        ["3"] = 3,
        ["4"] = 4,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["i"] = 1,
        ["ii"] = 2,
        ["iii"] = 3,
        ["iv"] = 4,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["first"] = 1,
        ["1st"] = 1,
        ["second"] = 2,
        ["2nd"] = 2,
        ["third"] = 3,
        ["3rd"] = 3,
        ["fourth"] = 4,
        ["4th"] = 4,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words for the top or the bottom of the ladder ("the top rung", "the lowest level").</summary>
    public static readonly FrozenDictionary<string, ProficiencyLevel> Ends = new Dictionary<string, ProficiencyLevel>(StringComparer.Ordinal)
    {
        ["top"] = ProficiencyLevel.Advanced,
        ["highest"] = ProficiencyLevel.Advanced,
        ["uppermost"] = ProficiencyLevel.Advanced,
        ["final"] = ProficiencyLevel.Advanced,
        ["last"] = ProficiencyLevel.Advanced,
        ["peak"] = ProficiencyLevel.Advanced,
        ["max"] = ProficiencyLevel.Advanced,
        ["maximum"] = ProficiencyLevel.Advanced,
        ["bottom"] = ProficiencyLevel.Emerging,
        ["lowest"] = ProficiencyLevel.Emerging,
        ["starting"] = ProficiencyLevel.Emerging,
        ["initial"] = ProficiencyLevel.Emerging,
        ["base"] = ProficiencyLevel.Emerging,
        ["ground"] = ProficiencyLevel.Emerging,
        ["entry"] = ProficiencyLevel.Emerging,
        ["beginning"] = ProficiencyLevel.Emerging,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>People other than the one asked about: a level word before one is part of their title ("a senior colleague").</summary>
    public static readonly FrozenSet<string> OtherPeople = Message.Set(
        "colleague", "colleagues", "coworker", "coworkers", "co", "manager", "managers", "management", "leadership", "leaders", "leader",
        "supervisor", "supervisors", "mentor", "mentors", "buddy", "teammate", "teammates", "peer", "peers", "friend", "friends", "boss",
        "bosses", "director", "directors", "partner", "partners", "stakeholders", "exec", "execs", "team", "officer", "officers", "vp",
        "hr", "people", "person", "member", "members");

    /// <summary>Words before "lead" that make it a job title, not the level ("team lead", "shift lead").</summary>
    public static readonly FrozenSet<string> TitleQualifiers = Message.Set(
        "team", "shift", "ops", "operations", "site", "project", "area", "training", "tech", "technical", "floor", "program", "product", "my", "our", "your", "their", "his", "her");

    /// <summary>Nouns after a level word that make it a person or a level ("a senior dispatcher", "mid-level staff").</summary>
    public static readonly FrozenSet<string> LevelNouns = Message.Set(
        "level", "levels", "dispatcher", "dispatchers", "staff", "stage", "band", "tier", "grade", "role", "roles", "ones", "one",
        "position", "employee", "employees", "hire", "hires", "worker", "workers", "ic", "ics", "person", "people", "member", "members",
        "colleague", "colleagues", "rung", "dispatch");

    /// <summary>Nouns after "new" that make it the entry level ("new hire", "new dispatcher").</summary>
    public static readonly FrozenSet<string> NewcomerNouns = Message.Set(
        "hire", "hires", "starter", "starters", "joiner", "joiners", "recruit", "recruits", "staff", "employee", "employees", "person",
        "people", "dispatcher", "dispatchers", "member", "members", "team", "graduates", "grad", "grads", "intake", "cohort", "trainee", "trainees");

    /// <summary>All words that can name a level, so they are never typo-corrected into something else.</summary>
    public static FrozenSet<string> All { get; } = Names.Keys.Concat(Seniority.Keys).Concat(["level", "levels", "mid", "entry"]).ToFrozenSet(StringComparer.Ordinal);
}
