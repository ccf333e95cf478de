using System.Collections.Frozen;

namespace ChatBot.Knowledge.Understanding.Mentions;

/// <summary>
/// The words and phrases that signal each cue, written in the tokenizer's words (lower case, American spelling,
/// "vs" as "versus", "O*NET" as "onet"). Nothing here names a statement of any framework.
/// </summary>
internal static class CueLexicon
{
    /// <summary>Each phrase with every cue it signals ("what does" both asks what a level expects and asks to explain).</summary>
    public static PhraseTable<Cue[]> Table { get; } = new(Entries()
        .SelectMany(entry => entry.Phrases.Select(phrase => (Phrase: phrase, entry.Cue)))
        .GroupBy(entry => entry.Phrase, StringComparer.Ordinal)
        .Select(group => (group.Key, group.Select(entry => entry.Cue).Distinct().ToArray())));

    /// <summary>Every word of every cue phrase: none of them is a search term.</summary>
    public static FrozenSet<string> Words { get; } = Entries()
        .SelectMany(entry => entry.Phrases).SelectMany(phrase => phrase.Split(' ')).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The phrases of one cue.</summary>
    public static IEnumerable<string> Phrases(Cue cue) => Entries().Where(entry => entry.Cue == cue).SelectMany(entry => entry.Phrases);

    private static IEnumerable<(Cue Cue, string[] Phrases)> Entries() =>
    [
        (Cue.Greeting, ["hi", "hello", "hey", "hiya", "howdy", "morning", "good morning", "afternoon", "good afternoon", "evening", "yo", "greetings", "hi there", "hey there"]),
        (Cue.Thanks,
        [
            "thanks", "thank you", "thank", "cheers", "ta", "thx", "much appreciated", "appreciate it", "appreciated", "that helps", "that helped",
            "helpful", "perfect", "brilliant", "awesome", "got it", "nice one", "lovely", "great stuff", "super", "excellent", "that's great",
            "that is great", "spot on", "legend", "ok great", "great thanks", "that's all", "that is all", "all good",
        ]),
        (Cue.Help,
        [
            "help", "how do i use", "how to use", "what can you do", "what can you", "what do you do", "who are you", "what are you",
            "how does this work", "how does this bot", "what can i ask", "what should i ask", "commands", "getting started", "get started", "menu",
            "options", "instructions", "examples", "example questions", "what do you know", "what do you cover", "what can you tell me",
            "what are you for", "what is this bot", "what's this bot", "how do you work",
        ]),
        (Cue.Expect,
        [
            "expected", "expect", "expectation", "expectations", "what does", "what do", "look like", "looks like", "standard", "standards",
            "requirement", "requirements", "required", "need to be able", "should be able", "able to", "supposed to", "responsible for",
            // "newly promoted Proficient dispatchers" are at Proficient now: what it expects, not a move to it.
            "newly promoted", "recently promoted", "just promoted", "freshly promoted", "newly promoted to", "recently promoted to", "just promoted to",
            "responsibilities", "day to day", "own", "owns", "expects", "expected of", "asks of", "require", "requires", "competencies", "competency", "what's involved", "involve", "involves",
            "capabilities", "capability", "what they do", "profile", "criteria", "benchmark", "what good looks like", "skills", "skill set",
            "skillset", "be doing", "doing", "which statements describe", "what statements describe", "which statements apply",
            "what statements apply", "which statements fit", "which statements cover", "statements describe", "describe someone", "describes someone",
            "what statements should", "which statements should", "which statements go with", "statements that apply", "cover", "covers", "asks of", "asked of", "demands", "need to know", "needs to know", "should know",
            "what should", "walk me through", "overview", "summary", "summarize", "breakdown", "break down", "details", "descriptors", "do",
        ]),
        (Cue.LevelStatements,
        [
            "statements", "statement", "level statements", "core statements", "main statements", "role statements", "the ten", "10 statements",
            "ten statements", "descriptors", "the level itself", "role expectations", "core expectations", "main expectations", "core duties",
            "expectations", "responsibilities", "what they do", "what the level expects", "level expectations", "the level", "main",
            "core list", "statements sit", "statements belong", "statements are at", "statements at",
            "level covers", "level expects", "level involves", "level asks", "level requires", "level overall", "overall", "as a whole",
            "level lists", "level says", "level contains", "level itself",
        ]),
        (Cue.Compare,
        [
            "compare", "compared", "comparing", "comparison", "versus", "difference", "differences", "different", "differ", "differs",
            "side by side", "contrast", "contrasting", "between", "distinguish", "distinguishes", "separates", "sets apart",
            "stack up", "stacks up", "how does", "change between", "delta", "gap between", "same as", "relative to", "next to", "for both", "both levels", "both of them", "the two", "those two",
        ]),
        (Cue.Progression,
        [
            "get from", "go from", "move from", "get to", "move to", "move up", "moving up", "step up", "stepping up", "progress", "progression",
            "progressing", "promoted", "promotion", "promote", "advance to", "advancing", "become", "becoming", "level up", "grow into",
            "reach", "reaching", "transition", "step to", "jump to", "climb", "path to", "pathway", "career path", "what does it take",
            "ready for", "ready to move", "work towards", "working towards", "work toward", "working toward", "building toward",
            "building towards", "build toward", "build towards", "aim for", "aiming for", "next step", "next steps", "go up", "step into",
            "get promoted", "upskill", "develop into", "graduate to", "make the jump", "make it to", "to the next", "gap to", "close the gap",
            "move into", "moving into", "get into", "to reach", "growth", "grow", "develop", "development", "prepare for",
            "preparing for", "ready", "readiness", "bridge", "bump up", "go for", "going for", "put forward", "career", "what else",
            "what more", "what changes", "changes", "what has to change", "what needs to change", "what would change", "what's required", "required to",
        ]),
        (Cue.Next,
        [
            "what's next", "whats next", "what next", "what is next", "next level", "next band", "next rung", "next stage", "next tier",
            "next step", "next steps", "next grade", "the next one", "level above me", "above me", "one up", "work on next", "focus on next",
            "should i work on", "should i focus on", "should i be working", "should i be doing", "should i aim", "working towards",
            "work towards", "working toward", "aim for", "aiming for", "building toward", "building towards", "move up", "moving up",
            "step up", "stepping up", "promoted", "promotion", "get promoted", "level up", "grow into", "next", "further", "higher",
            "progress", "progression", "progressing", "advance", "advancing", "do i need", "should i", "my development",
            "develop", "my career", "my next", "comes after", "what comes next", "after that", "next up",
        ]),
        (Cue.Fit,
        [
            "which level", "what level", "which band", "which tier", "which rung", "which stage", "what band", "what tier", "what stage",
            "what rung", "which grade", "what grade", "where do they fit", "where would they fit", "where do they sit", "where would they sit",
            "where does he", "where does she", "where would he", "where would she", "where do i", "where would i", "fits them", "fit them",
            "fit best", "fits best", "best fit", "best fits", "right level", "belong", "belongs", "slot them", "slot in", "slot into",
            "place them", "place him", "place her", "pitch", "pitched", "map them", "match them", "at what level", "level would",
            "level are they", "level is he", "level is she", "level is that", "fit into", "fits into", "rate them",
            "grade them", "put them", "put him", "put her", "where they sit", "where they fit", "where he sits", "where she sits",
            "which of the levels", "what level would", "where would you put", "where would you place", "where does that sit",
            "where would that sit", "where does this sit", "where does that fit", "what level is this", "what level is that",
            "which level is this", "which level is that", "level describes", "level best describes", "which level matches",
        ]),
        (Cue.Explain,
        [
            "what is", "what's", "whats", "what are", "explain", "define", "definition", "meaning", "mean", "means", "describe", "tell me about",
            "tell me more", "more about", "more detail", "details", "detail", "info on", "information on", "elaborate", "expand on", "unpack",
            "what exactly", "talk me through", "about", "what does", "clarify",
        ]),
        (Cue.Search,
        [
            "anything about", "anything on", "anything regarding", "something about", "mention", "mentions", "mentioned",
            "mentioning", "come up", "comes up", "search", "search for", "find", "look for", "statements about", "statements on",
            "statements that", "statement that", "statement about", "talk about", "talks about", "talking about", "refer to",
            "refers to", "referring to", "where does it talk", "where does the framework", "which statements", "what statements", "any statements",
            "which statement", "what statement", "is there a statement", "deal with", "deals with", "dealing with", "say about", "says about",
            "said about", "where does it say", "touch on", "touches on", "reference to", "references to", "which level statements",
            "which level statement", "is there anything", "say anything", "says anything", "which part", "what part", "where in",
            "which ones", "which one", "any of them", "which of them", "which of those", "one about", "the one about", "ones about",
            "something about", "what's it called", "what is it called", "what's that called", "what's that one called", "what is that one called",
            "called", "what's the name", "what is the name", "name of the statement", "name of that", "i remember", "there's one",
            "there is one", "there's a statement", "there was one", "which one is", "the statement where", "statement where", "one where",
        ]),
        (Cue.SearchWeak,
        [
            "regarding", "related to", "where is", "where do", "where does", "address", "addresses", "addressing", "covers", "covering", "about", "where", "which", "involve",
            "involves", "involving", "handles", "handle", "handling", "anywhere", "cover", "anything",
        ]),
        (Cue.Article,
        [
            "article", "the article", "that article", "reference article", "the piece", "that piece", "the reference", "blog", "blog post",
            "911 operator article", "dispatcher vs 911", "the write up",
        ]),
        (Cue.Only, ["only", "just", "solely", "exclusively", "purely", "nothing but", "alone", "simply"]),
        (Cue.Cite,
        [
            "cite", "cites", "cited", "citing", "backed by", "back up", "based on", "references", "referenced", "draw on", "draws on",
            "drawn from", "come from", "comes from", "sourced from", "grounded in", "underpinned by", "reference", "sourced", "rely on", "relies on", "credited", "attributed to",
        ]),
        (Cue.Uncited,
        [
            "no citation", "no citations", "no source", "no sources", "uncited", "without a citation", "without citations", "without any citation",
            "without a source", "without any source", "without sources", "not cited", "cites nothing", "cite nothing", "no reference",
            "no references", "unsourced", "no evidence cited", "nothing cited",
        ]),
        (Cue.YesNo,
        [
            "one of", "on the list", "in the list", "part of", "among", "appear",
            "appears", "listed", "included", "include", "includes", "does it include", "do you have", "is there", "are there",
            "feature", "features", "on there", "in there",
        ]),
        (Cue.Reference,
        [
            "that", "this", "those", "these", "them", "it", "they", "the same", "same", "above", "the ones", "of them", "of those", "of these",
            "any of them", "which of", "that one", "this one", "previous", "last answer", "you just", "you listed", "from that list",
            "on that list", "in that list", "the list", "that list", "that answer", "your answer", "what you said", "you showed", "ones",
            "the ones", "which ones", "on there", "in there", "those ones", "these ones", "which of those", "which of them", "which of these",
            "any of those", "any of these", "equivalent", "equivalents", "the equivalent", "counterpart", "counterparts",
        ]),
        (Cue.FollowUp,
        [
            "and", "what about", "how about", "same for", "now", "also", "then", "ok", "okay", "and for", "and at", "what of", "likewise",
            "similarly", "again", "instead", "sorry", "i meant", "actually", "same again", "same thing", "and the", "now for", "ok and",
            "alright", "right", "cool", "great", "so", "next", "equivalent", "equivalents", "counterpart", "counterparts",
        ]),
        (Cue.EveryLevel,
        [
            "all levels", "every level", "each level", "all four levels", "all 4 levels", "across levels", "across all levels",
            "across the levels", "across the four levels", "across the 4 levels", "across four levels", "over the four levels", "at each level", "per level", "level by level", "whole ladder", "all the levels", "all four", "all 4",
            "each of the levels", "every stage", "each stage", "each band", "all bands", "at every level", "for each level", "for every level",
            "throughout", "whole framework", "entire framework", "the full ladder",
        ]),
        (Cue.Sources,
        [
            "source", "sources", "sourced", "references", "reference", "citation", "citations", "cite", "cites", "cited", "citing",
            "bibliography", "provenance", "attribution", "where does this come from", "where does it come from", "where is this from",
            "based on", "data come from", "where did you get", "back that", "backs", "backed", "backing", "back up", "backs up",
            "grounded in", "underpinned", "underpin", "underpins", "who says", "evidence for", "evidence behind", "what is this based on",
            "come from", "comes from", "came from", "derived from", "drawn from", "informed by", "research behind", "research",
        ]),
        (Cue.Ai,
        [
            "ai", "genai", "chatgpt", "copilot", "gpt", "llm", "llms", "chatbot", "chatbots", "generative", "artificial intelligence",
            "machine learning", "large language", "ai tools", "ai assisted", "ai use", "ai usage", "automation tools", "ai tool", "gen ai",
            "ai driven", "ai powered", "algorithm", "algorithms",
        ]),
        (Cue.DurableSkills,
        [
            "durable skills", "durable skill", "durable", "skill domains", "skill domain", "domains", "domain", "soft skills", "soft skill",
            "power skills", "human skills", "skill areas", "skill categories", "transferable skills", "people skills", "competency areas",
            "behavioral skills", "ten domains", "10 domains", "non technical skills",
            "nontechnical skills", "interpersonal skills", "personal skills", "character skills", "mindsets", "durable skills framework",
        ]),
        (Cue.Evidence,
        [
            "evidence pack", "the evidence pack", "evidence figures", "evidence numbers", "evidence section", "evidence data", "evidence base",
            "aei", "safi", "wef", "economic index", "autonomy", "augment", "augmentation", "augmented",
            "quadrant", "cluster", "observations", "task observations", "automation", "automatable", "automate", "automated", "feasibility",
            "exposure", "time saved", "save time", "saves time", "saving time", "top skill", "score", "figure", "figures", "stats",
            "statistics", "percentage", "percent", "anthropic", "metrics", "numbers", "data points", "how much time", "replace", "replaced",
            "replacing",
        ]),
        (Cue.Codes,
        [
            "soc", "cip", "job zone", "onet code", "code", "codes", "classification", "taxonomy code", "occupation code",
            "occupational code", "preparation", "how much preparation", "education code", "soc code", "onet soc", "sector code", "industry sector",
            "occupational group", "job family", "occupation group",
        ]),
        (Cue.Ladder,
        [
            "the levels", "levels are", "level names", "levels called", "levels in", "how many levels", "what levels", "which levels",
            "list of levels", "list the levels", "ladder", "role labels", "role label", "structure", "structured", "organized", "organised",
            "set up", "laid out", "what are the levels", "names of the levels", "each level called", "levels there",
            "levels does", "levels do", "four levels", "tiers", "bands", "rungs", "stages", "hierarchy", "career ladder",
        ]),
        (Cue.Count, ["how many", "number of", "count", "counts", "total", "how big", "how long is", "size"]),
        (Cue.Version,
        [
            "version", "versions", "last updated", "updated", "update", "how recent", "how current", "up to date", "when was", "date", "dated",
            "exported", "export date", "when was it exported", "published", "release", "released", "latest", "how old", "edition", "revision", "when did", "current version",
            "timestamp", "refresh", "refreshed",
        ]),
        (Cue.Publisher,
        [
            "who made", "who makes", "who wrote", "who writes", "who created", "who publishes", "who published", "who owns", "who is behind",
            "who's behind", "who produced", "who maintains", "who developed", "who built", "who put", "author", "authors", "authored",
            "publisher", "published by", "copyright", "owner", "owns", "made by", "produced by", "created by", "developed by", "generated by",
            "ebsco", "ebscoed", "nsx", "national skills exchange", "ler", "skillscrosswalk", "crosswalk", "whose", "which organization",
            "what organization", "who's responsible", "who is responsible", "generator", "maintained", "license", "licence", "licensing",
            "licensed", "terms of use", "cc by", "creative commons", "reuse", "permission",
        ]),
        (Cue.ScopeAsk,
        [
            "scope", "in scope", "out of scope", "not covered", "excluded", "exclude", "excludes", "what does this framework cover",
            "what does it cover", "who is this for", "who is this framework for", "who is the framework for", "who is it for",
            "what is this framework for", "who does this framework cover", "who does this cover", "what is covered", "use this for",
            "use it for", "apply to", "applies to", "relevant to", "relevant for", "meant for", "designed for", "intended for",
            "suitable for", "appropriate for", "applicable", "apply", "applies", "cover", "covers", "covered", "include", "includes",
            "included", "for our", "for my", "work for", "fit for", "boundary", "boundaries", "limits", "counts as", "count as", "is this for",
            "part of this framework", "part of the framework",
            "does this cover", "does it cover", "who counts", "what kind of dispatchers", "which dispatchers", "what type of dispatchers",
            "type of dispatcher", "kind of dispatcher", "context", "setting", "settings", "environments", "industries", "sectors",
            "framework is for", "is it for", "non emergency", "is this framework for", "written for", "aimed at",
        ]),
        (Cue.ScopeTerm,
        [
            "911", "999", "112", "emergency", "emergencies", "ems", "paramedic", "paramedics", "firefighter", "firefighters", "cop", "cops",
            "psap", "responder", "responders", "public safety", "first responder", "first responders", "call taker", "call takers",
            "control room", "emergency services", "blue light", "police", "fire", "ambulance",
            "ambulances", "fire service", "fire department", "sheriff", "999 control", "emergency call", "emergency calls", "telecommunicator",
            "telecommunicators", "law enforcement", "medical dispatch", "ems dispatch", "911 operator", "911 operators", "911 dispatcher",
        ]),
        (Cue.Pay,
        [
            "salary", "salaries", "pay", "pays", "paying", "paid", "earn", "earns", "earning", "earnings", "wage", "wages", "income", "compensation", "money",
            "remuneration", "going rate", "pay rate", "per hour", "per year", "pay scale", "pay band", "rate of pay", "how much do", "how much does",
            "how much would", "how much can", "make a year", "make per", "take home", "package", "dollars", "pounds", "$", "comp",
            "remunerated", "remuneration", "paycheck", "paycheque", "bring in", "get paid", "make on average", "make annually", "how much more", "how much less",
        ]),
        (Cue.Education,
        [
            "education", "educational", "degree", "degrees", "diploma", "qualification", "qualifications", "qualified", "certificate",
            "certificates", "certification", "certifications", "certified", "certify", "high school",
            "training program", "training programs", "certificate program", "certificate programs", "nena", "apco", "what do i need to become",
            "requirements to become", "prerequisite", "prerequisites", "entry requirements", "schooling", "associate degree", "accreditation", "credentials", "credential",
            "coursework", "professional organizations", "professional bodies", "get certified", "become a dispatcher", "cert", "certs",
            "certifying", "certifying bodies", "certification bodies", "accrediting", "accredited",
        ]),
        (Cue.Duration,
        [
            "how long", "how many years", "how many months", "how quickly", "how soon", "how fast", "timeline", "timeframe", "time frame",
            "minimum time", "typical time", "years does it take", "months does it take", "how much time does it take", "time it takes",
            "time to get", "time to reach", "time to progress", "time to move", "minimum years", "years of service", "when can i",
            "when will i", "when should", "how many years of experience", "tenure",
        ]),
        (Cue.JobAd,
        [
            "job ad", "job advert", "job advertisement", "job posting", "job post", "job listing", "vacancy", "vacancies", "job description",
            "jd", "write an ad", "person spec", "person specification", "job spec", "advertise", "advert", "recruitment ad", "hiring ad",
            "ad", "posting", "hiring", "recruit", "recruiting", "recruitment", "hire", "write the ad", "draft the ad", "job adverts",
        ]),
        (Cue.Training,
        [
            "training plan", "training plans", "training course", "training courses", "courses", "course", "curriculum", "learning plan",
            "development plan", "learning path", "onboarding plan", "lesson plan", "modules", "elearning", "workshop", "workshops",
            "training materials", "training program", "training programme", "syllabus", "learning objectives", "pdp", "idp", "coaching plan",
            "checklist", "checklists", "quiz", "quizzes", "probation", "template", "templates", "self assessment quiz", "worksheet", "handbook",
            "recommend", "recommended courses", "reading list",
        ]),
        (Cue.Interview,
        [
            "interview questions", "interview question", "interview", "interviews", "interviewing", "assessment questions",
            "competency questions", "screening questions", "assessment center",
        ]),
    ];
}
