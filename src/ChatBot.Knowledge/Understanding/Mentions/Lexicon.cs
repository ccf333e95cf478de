using System.Collections.Frozen;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding.Mentions;

/// <summary>
/// Word lists the mention finder reads beside the cue table (<see cref="CueLexicon"/>): evidence facts, O*NET list
/// names, item checks, fit cues. Phrases are written in the tokenizer's words ("o net" becomes "onet"). Nothing here
/// names a statement of any framework.
/// </summary>
internal static class Lexicon
{
    public static readonly string[] Greetings = ["hi", "hello", "hey", "hiya", "howdy", "morning", "afternoon", "evening", "yo", "greetings", "thanks", "thank", "cheers", "ta"];

    /// <summary>Evidence facts people ask for by name: question words → the fact label on the page.</summary>
    public static readonly (string Phrase, string Label)[] EvidenceFacts =
    [
        ("task observations", "Task observations"), ("observations", "Task observations"), ("augment share", "Augment share"),
        ("augment", "Augment share"), ("augmentation", "Augment share"), ("time saved", "Time saved"), ("saves time", "Time saved"),
        ("save time", "Time saved"), ("ai autonomy", "AI autonomy"), ("autonomy figure", "AI autonomy"), ("autonomy score", "AI autonomy"), ("top skill", "Top skill"), ("quadrant", "Quadrant"),
        ("score", "Score"), ("precision", "precision"), ("cluster", "WEF cluster"),
    ];

    public static readonly string[] StatementTriggers =
    [
        "what is", "what s", "whats", "what are", "explain", "define", "definition", "meaning", "mean", "means",
        "describe", "tell me about", "tell me more", "more about", "details", "detail", "what does", "info on", "about",
    ];

    /// <summary>The words that ask for an O*NET list, most specific first.</summary>
    public static readonly (OnetList List, string[] Phrases)[] Lists =
    [
        (OnetList.RelatedTitles, ["related titles", "related title", "job titles", "other titles", "alternative titles", "alternate titles", "other names", "also called", "also known", "aka", "titles", "job names", "sample titles"]),
        (OnetList.WorkStyles, ["work styles", "work style", "workstyles", "workstyle", "personality", "traits", "characteristics"]),
        (OnetList.KnowledgeDomains, ["knowledge domains", "knowledge domain", "knowledge areas", "knowledge area", "knowledge"]),
        (OnetList.Abilities, ["abilities", "ability"]),
        (OnetList.Technology, ["technology", "technologies", "software", "tools", "tool", "apps", "applications", "platforms", "systems used", "tech stack"]),
        (OnetList.Tasks, ["tasks", "task", "duties", "duty", "responsibilities", "activities"]),
        (OnetList.Skills, ["onet skills", "skills list", "listed skills", "skills listed", "skills"]),
    ];

    /// <summary>Each list's phrase words, so the words left over are the item asked about.</summary>
    public static readonly FrozenDictionary<OnetList, FrozenSet<string>> ListWords =
        Lists.ToFrozenDictionary(entry => entry.List, entry => entry.Phrases.SelectMany(phrase => phrase.Split(' ')).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Every list's phrase words.</summary>
    public static readonly FrozenSet<string> AllListWords = Lists.SelectMany(entry => entry.Phrases).SelectMany(phrase => phrase.Split(' ')).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Phrases that make a list question a yes-or-no check on one item.</summary>
    public static readonly string[] ItemCheckPhrases =
    [
        "one of", "is there", "are there", "on the list", "in the list", "part of", "among", "appear", "appears", "listed",
        "do they use", "does it include", "do you have",
    ];

    /// <summary>Words in an item check that are not the item ("is X needed", "the key tools").</summary>
    public static readonly string[] ItemFillerWords =
    [
        "appear", "appears", "list", "onet", "framework", "occupation", "this", "these", "needed", "required", "require",
        "requires", "necessary", "important", "key", "main", "essential", "useful", "relevant", "mentioned", "one", "area", "areas", "domain", "domains", "item", "items",
        "related", "relate", "relates", "specific", "linked", "connected", "tools", "tool", "ones",
    ];

    /// <summary>Soft list words ("responsibilities"): with a level named, the question is about that level, not the list.</summary>
    public static readonly string[] SoftListWords = ["duties", "duty", "responsibilities", "activities", "skills"];

    /// <summary>Nouns that name a person's occupation even when the store never uses them.</summary>
    public static readonly FrozenSet<string> OccupationNouns = FrozenSet.ToFrozenSet(
    [
        "nurse", "nurses", "doctor", "doctors", "chef", "chefs", "cook", "cooks", "pilot", "pilots", "clerk", "clerks",
        "surgeon", "surgeons", "dentist", "dentists", "lawyer", "lawyers", "attorney", "attorneys", "plumber", "plumbers",
        "barista", "baristas", "cashier", "cashiers", "accountant", "accountants", "architect", "architects",
        "pharmacist", "pharmacists", "physician", "physicians", "therapist", "therapists", "electrician", "electricians",
        "mechanic", "mechanics", "carpenter", "carpenters", "welder", "welders", "analyst", "analysts", "scientist",
        "scientists", "engineer", "engineers", "developer", "developers", "programmer", "programmers", "designer", "designers",
        "teacher", "teachers", "professor", "professors", "librarian", "librarians", "receptionist", "receptionists",
        "secretary", "secretaries", "salesperson", "firefighter", "officer", "officers", "police", "paramedic", "soldier",
        "farmer", "farmers", "janitor", "janitors", "cleaner", "cleaners", "waiter", "waiters", "waitress", "bartender",
        "journalist", "writer", "writers", "editor", "editors", "photographer", "artist", "artists", "musician", "actor",
        "consultant", "consultants", "recruiter", "recruiters", "banker", "bankers", "auditor", "auditors", "economist",
        "veterinarian", "vet", "midwife", "caregiver", "carer", "tutor", "coach", "trainer", "plumber", "roofer", "painter",
    ], StringComparer.Ordinal);

    /// <summary>Endings of English occupation nouns ("teacher", "counselor", "dentist", "technician", "accountant").</summary>
    public static readonly string[] OccupationEndings = ["er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "man", "men", "person"];

    /// <summary>Experience cues for "which level fits someone who ..." (word phrases → the level they suggest).</summary>
    public static readonly (string Phrase, ProficiencyLevel Level)[] FitCues =
    [
        ("just started", ProficiencyLevel.Emerging), ("no experience", ProficiencyLevel.Emerging), ("no dispatch experience", ProficiencyLevel.Emerging),
        ("no prior experience", ProficiencyLevel.Emerging), ("never done", ProficiencyLevel.Emerging), ("new to", ProficiencyLevel.Emerging),
        ("straight out of", ProficiencyLevel.Emerging), ("close supervision", ProficiencyLevel.Emerging), ("direct supervision", ProficiencyLevel.Emerging), ("just joined", ProficiencyLevel.Emerging), ("brand new", ProficiencyLevel.Emerging),
        ("first week", ProficiencyLevel.Emerging), ("first weeks", ProficiencyLevel.Emerging), ("first month", ProficiencyLevel.Emerging),
        ("first months", ProficiencyLevel.Emerging), ("still learning", ProficiencyLevel.Emerging), ("learning the ropes", ProficiencyLevel.Emerging),
        ("under supervision", ProficiencyLevel.Emerging), ("supervised", ProficiencyLevel.Emerging), ("shadowing", ProficiencyLevel.Emerging),
        ("scripts", ProficiencyLevel.Emerging), ("scripted", ProficiencyLevel.Emerging), ("need guidance", ProficiencyLevel.Emerging),
        ("needs guidance", ProficiencyLevel.Emerging), ("close oversight", ProficiencyLevel.Emerging), ("trainee", ProficiencyLevel.Emerging),
        ("first year", ProficiencyLevel.Developing), ("a year", ProficiencyLevel.Developing), ("one year", ProficiencyLevel.Developing),
        ("year or two", ProficiencyLevel.Developing), ("couple of years", ProficiencyLevel.Developing), ("on their own", ProficiencyLevel.Developing),
        ("on his own", ProficiencyLevel.Developing), ("on her own", ProficiencyLevel.Developing), ("on my own", ProficiencyLevel.Developing),
        ("independently", ProficiencyLevel.Developing), ("minimal oversight", ProficiencyLevel.Developing), ("without supervision", ProficiencyLevel.Developing),
        ("unsupervised", ProficiencyLevel.Developing), ("routine", ProficiencyLevel.Developing), ("day to day", ProficiencyLevel.Developing),
        ("complex", ProficiencyLevel.Proficient), ("complicated", ProficiencyLevel.Proficient), ("multi zone", ProficiencyLevel.Proficient),
        ("multiple zones", ProficiencyLevel.Proficient), ("autonomously", ProficiencyLevel.Proficient), ("several years", ProficiencyLevel.Proficient),
        ("many years", ProficiencyLevel.Proficient), ("five years", ProficiencyLevel.Proficient), ("seasoned", ProficiencyLevel.Proficient),
        ("escalations", ProficiencyLevel.Proficient), ("go to person", ProficiencyLevel.Proficient), ("high volume", ProficiencyLevel.Proficient),
        ("runs the", ProficiencyLevel.Advanced), ("manages the team", ProficiencyLevel.Advanced), ("manage the team", ProficiencyLevel.Advanced),
        ("sets strategy", ProficiencyLevel.Advanced), ("strategy", ProficiencyLevel.Advanced), ("head of", ProficiencyLevel.Advanced),
        ("in charge", ProficiencyLevel.Advanced), ("oversees", ProficiencyLevel.Advanced), ("budget", ProficiencyLevel.Advanced),
        ("mentors", ProficiencyLevel.Advanced), ("trains others", ProficiencyLevel.Advanced), ("whole center", ProficiencyLevel.Advanced),
        ("policy", ProficiencyLevel.Advanced), ("policies", ProficiencyLevel.Advanced), ("director", ProficiencyLevel.Advanced),
    ];

    public static readonly string[] Negations = ["not", "aren't", "isn't", "don't", "doesn't", "can't", "cannot", "never", "haven't", "hasn't", "won't", "no", "nor"];
}
