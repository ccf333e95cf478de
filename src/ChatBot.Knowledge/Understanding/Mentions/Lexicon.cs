using System.Collections.Frozen;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding.Mentions;

/// <summary>
/// The routing table: which words and phrases signal which kind of question. Phrases are written in the
/// tokenizer's words ("job zone", "o net" becomes "onet"). Nothing here names a statement of any framework.
/// </summary>
internal static class Lexicon
{
    public static readonly string[] Greetings = ["hi", "hello", "hey", "hiya", "howdy", "morning", "afternoon", "evening", "yo", "greetings", "thanks", "thank", "cheers", "ta"];

    public static readonly string[] HelpPhrases =
    [
        "help", "how do i use", "how to use", "what can you do", "what can you", "what do you do", "who are you",
        "what are you", "how does this work", "how does this bot", "what can i ask", "what should i ask", "commands",
        "getting started", "get started", "menu", "options", "instructions", "examples", "example questions",
    ];

    public static readonly string[] AiWords = ["ai", "genai", "chatgpt", "copilot", "gpt", "llm", "llms", "chatbot", "chatbots", "generative"];

    public static readonly string[] AiPhrases = ["artificial intelligence", "machine learning", "large language"];

    public static readonly string[] EvidenceWords =
    [
        "figure", "figures", "stats", "statistics", "percentage", "percent", "autonomous",
        "evidence", "aei", "safi", "wef", "autonomy", "augment", "augmentation", "augmented", "quadrant", "cluster",
        "observations", "automation", "automatable", "automate", "feasibility", "exposure",
    ];

    public static readonly string[] EvidencePhrases = ["time saved", "top skill", "evidence pack", "economic index", "saves time", "save time"];

    /// <summary>Evidence facts people ask for by name: question words → the fact label on the page.</summary>
    public static readonly (string Phrase, string Label)[] EvidenceFacts =
    [
        ("task observations", "Task observations"), ("observations", "Task observations"), ("augment share", "Augment share"),
        ("augment", "Augment share"), ("augmentation", "Augment share"), ("time saved", "Time saved"), ("saves time", "Time saved"),
        ("save time", "Time saved"), ("ai autonomy", "AI autonomy"), ("autonomy figure", "AI autonomy"), ("autonomy score", "AI autonomy"), ("top skill", "Top skill"), ("quadrant", "Quadrant"),
        ("score", "Score"), ("precision", "precision"), ("cluster", "WEF cluster"),
    ];

    public static readonly string[] SourceWords = ["source", "sources", "sourced", "references", "reference", "citations", "citation", "cite", "cites", "cited", "bibliography", "provenance", "attribution"];

    public static readonly string[] SourcePhrases = ["where does this come from", "where does it come from", "where is this from", "based on", "data come from", "where did you get"];

    /// <summary>Word sets that ask for sources in any order ("where's this data from?", "where does that come from").</summary>
    public static readonly string[][] SourceWordSets = [["where", "from"], ["where's", "from"], ["wheres", "from"], ["based", "on"]];

    /// <summary>Word sets that ask about pay without a pay word ("how much do dispatchers make?").</summary>
    public static readonly string[][] SalaryWordSets = [["how", "much", "make"], ["how", "much", "makes"], ["how", "much", "get", "paid"], ["going", "rate"], ["pay", "rate"], ["per", "hour"]];


    public static readonly string[] CodeWords = ["soc", "cip", "zone", "code", "codes", "version", "preparation", "classification", "onet code", "taxonomy code"];

    public static readonly string[] SalaryWords = ["salary", "salaries", "pay", "paid", "earn", "earns", "earning", "earnings", "wage", "wages", "income", "compensation", "money", "remuneration"];

    public static readonly string[] ScopeWords =
    [
        "911", "999", "112", "emergency", "emergencies", "ems", "paramedic", "paramedics", "firefighter", "firefighters",
        "cop", "cops", "psap", "responder", "responders",
    ];

    /// <summary>Services a dispatch framework's boundary is about, named in more than one word.</summary>
    public static readonly string[] OutOfScopePhrases = ["public safety", "first responder", "first responders", "call taker"];

    /// <summary>Questions about what a framework covers in general, naming nothing outside it.</summary>
    public static readonly string[] ScopePhrases =
    [
        "out of scope", "in scope", "scope",
        "not covered", "excluded", "exclude", "excludes", "what does this framework cover", "what does it cover",
        "who is this for", "who is this framework for", "who is the framework for", "who is it for", "what is this framework for", "who does this framework cover", "who does this cover", "what is covered", "use this for", "apply to", "applies to",
    ];

    public static readonly string[] CoverageWords = ["cover", "covers", "covered", "include", "includes", "included", "apply", "applies", "count", "counts", "part"];

    public static readonly string[] SearchPhrases =
    [
        "anything about", "anything on", "anything regarding", "regarding", "something about", "mention", "mentions", "mentioned",
        "mentioning", "come up", "comes up", "search", "search for", "find", "look for", "looking for", "statements about",
        "statements on", "statements that", "related to", "talk about", "talks about", "refer to", "refers to", "where does",
        "where do", "where is", "which statements", "what statements", "any statements", "deal with", "deals with",
        "about handling", "cover handling",
    ];

    public static readonly string[] StatementTriggers =
    [
        "what is", "what s", "whats", "what are", "explain", "define", "definition", "meaning", "mean", "means",
        "describe", "tell me about", "tell me more", "more about", "details", "detail", "what does", "info on", "about",
    ];

    public static readonly string[] ComparePhrases =
    [
        "compare", "compared", "comparing", "comparison", "versus", "vs", "difference", "differences", "different",
        "differ", "differs", "side by side", "contrast", "against", "between",
    ];

    public static readonly string[] ProgressionPhrases =
    [
        "get from", "go from", "move from", "get to", "move to", "move up", "step up", "progress", "progression",
        "promoted", "promotion", "promote", "advance to", "become", "next level", "level up", "grow into", "reach",
        "transition", "step to", "jump to", "climb", "path to", "to get to", "what do i need to", "what changes", "what else",
        "what does it take", "after",
    ];

    public static readonly string[] DomainListPhrases =
    [
        "skill domains", "domains", "durable skills", "durable skill", "soft skills", "skill areas", "skill categories",
        "pathsmith", "power skills", "human skills",
    ];

    /// <summary>Everyday words for the durable-skill domains.</summary>
    public static readonly FrozenDictionary<string, string> DomainSynonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["communicate"] = "communication",
        ["communicating"] = "communication",
        ["communications"] = "communication",
        ["teamwork"] = "collaboration",
        ["collaborate"] = "collaboration",
        ["collaborating"] = "collaboration",
        ["cooperation"] = "collaboration",
        ["resilience"] = "fortitude",
        ["resilient"] = "fortitude",
        ["grit"] = "fortitude",
        ["perseverance"] = "fortitude",
        ["persistence"] = "fortitude",
        ["ethics"] = "character",
        ["ethical"] = "character",
        ["integrity"] = "character",
        ["honesty"] = "character",
        ["creative"] = "creativity",
        ["innovation"] = "creativity",
        ["innovative"] = "creativity",
        ["reflection"] = "metacognition",
        ["reflective"] = "metacognition",
        ["mindful"] = "mindfulness",
        ["leading"] = "leadership",
        ["leader"] = "leadership",
        ["leaders"] = "leadership",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, string> DomainPhraseSynonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["problem solving"] = "critical thinking",
        ["self awareness"] = "metacognition",
        ["thinking about thinking"] = "metacognition",
        ["growth"] = "growth mindset",
        ["learning mindset"] = "growth mindset",
        ["team work"] = "collaboration",
    }.ToFrozenDictionary(StringComparer.Ordinal);

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

    /// <summary>The words of the search phrases: a search looks for what is left.</summary>
    public static readonly FrozenSet<string> SearchPhraseWords = SearchPhrases.SelectMany(phrase => phrase.Split(' ')).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Phrases that make a list question a yes-or-no check on one item.</summary>
    public static readonly string[] ItemCheckPhrases =
    [
        "one of", "is there", "are there", "on the list", "in the list", "part of", "among", "appear", "appears", "listed",
        "do they use", "does it include", "do you have",
    ];

    /// <summary>First words of a yes-or-no question.</summary>
    public static readonly string[] YesNoOpeners = ["is", "are", "does", "do", "can", "could", "would", "will", "has", "have"];

    /// <summary>Words in an item check that are not the item ("is X needed", "the key tools").</summary>
    public static readonly string[] ItemFillerWords =
    [
        "appear", "appears", "list", "onet", "framework", "occupation", "this", "these", "needed", "required", "require",
        "requires", "necessary", "important", "key", "main", "essential", "useful", "relevant", "mentioned", "one", "area", "areas", "domain", "domains", "item", "items",
        "related", "relate", "relates", "specific", "linked", "connected", "tools", "tool", "ones",
    ];

    /// <summary>Words after "the level" that point up or down the ladder from the level in context.</summary>
    public static readonly string[] LevelBelow = ["level below", "lower level", "previous level", "level down", "one down", "below that", "below it", "the one below", "prior level", "level before"];

    public static readonly string[] LevelAbove = ["level above", "higher level", "next level", "level up", "one up", "above that", "above it", "the one above", "next one", "level after"];

    public static readonly string[] ThatLevel = ["that level", "this level", "same level", "their level", "that stage", "at that", "for that", "for them", "they", "them", "those"];

    /// <summary>Soft list words ("responsibilities"): with a level named, the question is about that level, not the list.</summary>
    public static readonly string[] SoftListWords = ["duties", "duty", "responsibilities", "activities", "skills"];

    /// <summary>"where does he sit?", "which level would she fit": an asker word and a placing verb, in any order.</summary>
    public static readonly string[] FitVerbs = ["sit", "sits", "fit", "fits", "belong", "belongs", "slot", "place", "pitch", "match"];

    public static readonly string[] FitPhrases =
    [
        "which level", "what level", "which band", "where do they fit", "where would they fit", "where do they sit",
        "fits them", "fit them", "fit best", "fits best", "best fit", "right level", "belong", "slot them", "place them",
        "where would", "which stage",
    ];

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
