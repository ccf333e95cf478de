namespace ChatBot.SyntheticSeeds;

/// <summary>
/// The vocabulary the generator draws from. Four pools never share a word stem, so a question can only name an
/// occupation the way a test expects: title words (qualifier, field, role noun), related-title words, statement-title
/// words, and the question's own words. Title words also avoid every word the question reader routes on (level words
/// such as "senior" or "lead", "evidence", "sources", "skills", "software", "code", "growth" ...).
/// </summary>
internal static class WordPools
{
    /// <summary>First title words: where or for whom the work is done.</summary>
    public static readonly string[] Qualifiers =
    [
        "Marine", "Clinical", "Coastal", "Municipal", "Rural", "Industrial", "Agricultural", "Residential", "Commercial",
        "Regional", "Maritime", "Forensic", "Veterinary", "Aviation", "Railway", "Harbor", "Mining", "Textile", "Dental",
        "Museum", "Botanical", "Orchard", "Vineyard", "Quarry", "Hospital", "Campus", "Transit", "Wholesale", "Retail",
        "Pipeline", "Laboratory", "Hydraulic", "Optical", "Thermal", "Seismic", "Arctic", "Alpine", "Timber", "Poultry",
        "Dairy", "Seafood", "Offshore", "Urban", "Pediatric", "Geriatric", "Hotel", "Stadium", "Airport", "Brewery",
        "Bakery", "Theater", "Aquarium",
    ];

    /// <summary>Middle title words: what the work is about.</summary>
    public static readonly FieldWord[] Fields =
    [
        new("Cargo", ObjectKind.Goods), new("Freight", ObjectKind.Goods), new("Inventory", ObjectKind.Goods),
        new("Lumber", ObjectKind.Goods), new("Parcel", ObjectKind.Goods), new("Shipment", ObjectKind.Goods),
        new("Packaging", ObjectKind.Goods), new("Supply", ObjectKind.Goods), new("Tire", ObjectKind.Goods),
        new("Battery", ObjectKind.Goods), new("Crop", ObjectKind.Goods), new("Harvest", ObjectKind.Goods),
        new("Livestock", ObjectKind.Goods), new("Specimen", ObjectKind.Goods), new("Mail", ObjectKind.Goods),
        new("Claims", ObjectKind.Paperwork), new("Payroll", ObjectKind.Paperwork), new("Billing", ObjectKind.Paperwork),
        new("Mortgage", ObjectKind.Paperwork), new("Pension", ObjectKind.Paperwork), new("Tariff", ObjectKind.Paperwork),
        new("Customs", ObjectKind.Paperwork), new("Loan", ObjectKind.Paperwork), new("Grant", ObjectKind.Paperwork),
        new("Contract", ObjectKind.Paperwork), new("Escrow", ObjectKind.Paperwork), new("Benefits", ObjectKind.Paperwork),
        new("Warranty", ObjectKind.Paperwork), new("Permit", ObjectKind.Paperwork), new("Enrollment", ObjectKind.Paperwork),
        new("Records", ObjectKind.Paperwork), new("Tax", ObjectKind.Paperwork), new("Reservation", ObjectKind.Paperwork),
        new("Ticketing", ObjectKind.Paperwork), new("Fare", ObjectKind.Paperwork), new("Compliance", ObjectKind.Paperwork),
        new("Tenant", ObjectKind.Paperwork), new("Asset", ObjectKind.Paperwork),
        new("Equipment", ObjectKind.Plant), new("Facilities", ObjectKind.Plant), new("Fleet", ObjectKind.Plant),
        new("Grounds", ObjectKind.Plant), new("Irrigation", ObjectKind.Plant), new("Lighting", ObjectKind.Plant),
        new("Signal", ObjectKind.Plant), new("Turbine", ObjectKind.Plant), new("Boiler", ObjectKind.Plant),
        new("Elevator", ObjectKind.Plant), new("Water", ObjectKind.Plant), new("Soil", ObjectKind.Plant),
        new("Utility", ObjectKind.Plant), new("Maintenance", ObjectKind.Plant),
        new("Patient", ObjectKind.Services), new("Donor", ObjectKind.Services), new("Imaging", ObjectKind.Services),
        new("Nutrition", ObjectKind.Services), new("Laundry", ObjectKind.Services), new("Kitchen", ObjectKind.Services),
        new("Event", ObjectKind.Services), new("Travel", ObjectKind.Services), new("Catering", ObjectKind.Services),
        new("Venue", ObjectKind.Services), new("Exhibit", ObjectKind.Services), new("Archive", ObjectKind.Services),
        new("Badge", ObjectKind.Services), new("Quality", ObjectKind.Services), new("Vendor", ObjectKind.Services),
    ];

    /// <summary>Last title words, singular and plural: who does the work. Several occupations share each one.</summary>
    public static readonly (string Singular, string Plural)[] RoleNouns =
    [
        ("Coordinator", "Coordinators"), ("Inspector", "Inspectors"), ("Technician", "Technicians"), ("Specialist", "Specialists"),
        ("Assistant", "Assistants"), ("Planner", "Planners"), ("Scheduler", "Schedulers"), ("Examiner", "Examiners"),
        ("Estimator", "Estimators"), ("Surveyor", "Surveyors"), ("Auditor", "Auditors"), ("Analyst", "Analysts"),
        ("Clerk", "Clerks"), ("Controller", "Controllers"), ("Installer", "Installers"), ("Handler", "Handlers"),
        ("Agent", "Agents"), ("Broker", "Brokers"), ("Appraiser", "Appraisers"), ("Registrar", "Registrars"),
        ("Navigator", "Navigators"), ("Curator", "Curators"), ("Counselor", "Counselors"), ("Steward", "Stewards"),
        ("Tester", "Testers"), ("Reviewer", "Reviewers"), ("Liaison", "Liaisons"), ("Mechanic", "Mechanics"), ("Aide", "Aides"),
    ];

    /// <summary>Related-title words no occupation title uses: a place or shift ("Dock", "Night").</summary>
    public static readonly string[] RelatedQualifiers =
    [
        "Tally", "Yard", "Dock", "Night", "Relief", "Gate", "Floor", "Bench", "Depot", "Desk", "Bay", "Pier", "Window",
        "Lobby", "Vault", "Annex", "Branch", "Bulk", "Spot", "Hub", "Trailer", "Roving", "Mobile", "Kiosk", "Booth", "Wharf",
    ];

    /// <summary>Related-title nouns no occupation title uses: every related title ends with one.</summary>
    public static readonly string[] RelatedNouns =
    [
        "Checker", "Attendant", "Runner", "Marker", "Keeper", "Representative", "Expediter", "Tracer", "Verifier", "Logger",
        "Grader", "Gauger", "Sampler", "Greeter", "Porter", "Courier", "Caller", "Booker", "Packer", "Loader", "Weigher",
        "Usher", "Scanner", "Dresser", "Tagger", "Binder",
    ];

    /// <summary>Statement-title objects ("Backlog triage", "Deadline briefings").</summary>
    public static readonly string[] StatementObjects =
    [
        "Request", "Intake", "Backlog", "Exception", "Discrepancy", "Deadline", "Checklist", "Queue", "Escalation", "Handoff",
        "Log", "Manifest", "Workload", "Priority", "Incident", "Status", "Defect", "Delivery", "Budget", "Forecast", "Roster",
        "Cost", "Document", "Label", "Inquiry", "Complaint", "Risk", "Trend", "Shift", "Procedure", "Workflow", "Order",
        "Turnaround", "Capacity", "Supplier", "Stock",
    ];

    /// <summary>Role-level statement heads, by level (Emerging first): what a person at that level does.</summary>
    public static readonly HeadPhrase[][] LevelHeads =
    [
        [
            new("registration", "log incoming {fo}"), new("filing", "file and label {fo}"), new("intake", "receive and register {fo}"),
            new("tracking", "track the progress of {fo}"), new("documentation", "document routine changes to {fo}"),
            new("follow-up", "follow up on late or incomplete {fo}"), new("handover", "hand over open {fo} at the end of each shift"),
            new("verification", "verify the details of {fo}"), new("monitoring", "monitor {fo} for obvious errors"),
            new("reporting", "report problems with {fo}"), new("lookup", "look up the status of {fo} for callers"),
        ],
        [
            new("verification", "verify and correct {fo}"), new("reconciliation", "reconcile {fo} against source records"),
            new("triage", "sort and triage {fo} by urgency"), new("reporting", "prepare routine reports on {fo}"),
            new("assessment", "assess the completeness of {fo}"), new("sequencing", "sequence the day's {fo}"),
            new("routing", "route {fo} to the right team"), new("monitoring", "monitor open {fo} and close them out"),
            new("follow-up", "chase and resolve overdue {fo}"), new("prioritization", "prioritize competing {fo}"),
            new("escalation", "escalate unusual {fo} with a clear summary"),
        ],
        [
            new("resolution", "diagnose and resolve problems with {fo}"), new("analysis", "analyze patterns in {fo} to find recurring faults"),
            new("optimization", "redesign the handling of {fo} to cut delays and cost"), new("prioritization", "set priorities across {fo} for several teams"),
            new("allocation", "allocate people and equipment to {fo}"), new("escalation", "handle escalated {fo} and negotiate outcomes"),
            new("oversight", "oversee quality across {fo}"), new("benchmarking", "benchmark performance on {fo} against service targets"),
            new("sequencing", "plan the sequence of complex {fo}"), new("standardization", "standardize how the team handles {fo}"),
            new("risk control", "weigh and control risks in high-value {fo}"),
        ],
        [
            new("governance", "set governance rules for {fo}"), new("forecasting", "forecast demand for {fo}"),
            new("budgeting", "build and defend budgets for {fo}"), new("mentoring", "mentor and evaluate colleagues who handle {fo}"),
            new("standardization", "write the standards every site follows for {fo}"), new("benchmarking", "benchmark {fo} against industry peers"),
            new("oversight", "direct the oversight of {fo}"), new("optimization", "lead long-term improvement of {fo}"),
            new("allocation", "decide staffing and investment for {fo}"), new("partnerships", "negotiate partnerships that shape {fo}"),
            new("strategy", "set the strategy for {fo}"),
        ],
    ];

    /// <summary>How the work is done at each level, appended to a role-level statement's description.</summary>
    public static readonly string[][] LevelManners =
    [
        ["under direct supervision", "following set templates with close oversight", "with guidance from experienced {rp}", "using scripted checklists", "as directed by a shift supervisor", "while shadowing a more experienced colleague"],
        ["with minimal oversight", "independently for routine cases", "within required turnaround times", "balancing speed and accuracy during busy periods", "without routine escalation", "using standard reports and dashboards"],
        ["autonomously across complex, high-volume cases", "resolving conflicts and exceptions without management intervention", "across several sites and teams", "using advanced tools to spot gaps early", "while handling escalations from other {rp}", "to meet demanding service targets"],
        ["across the whole organization", "in line with budgets and long-term goals", "while leading cross-functional teams through change", "and present recommendations to senior leadership", "setting standards other teams follow", "for a large or multi-site operation"],
    ];

    /// <summary>Where the work happens; "{q}" is the title's qualifier in lower case, when it has one.</summary>
    public static readonly string[] Places =
    [
        "operations office", "service center", "field office", "records room", "control room", "distribution center",
        "regional hub", "front office", "processing center", "scheduling office",
    ];

    /// <summary>The things each kind of field handles, in descriptions and tasks ("cargo shipments").</summary>
    public static readonly Dictionary<ObjectKind, string[]> Objects = new()
    {
        [ObjectKind.Goods] = ["shipments", "manifests", "stock counts", "delivery notes", "loading plans", "storage locations", "damage reports", "pick lists"],
        [ObjectKind.Paperwork] = ["applications", "case files", "invoices", "payment records", "account changes", "approval forms", "renewal notices", "statements"],
        [ObjectKind.Plant] = ["work orders", "inspection logs", "maintenance schedules", "service calls", "equipment readings", "repair requests", "safety checklists", "parts orders"],
        [ObjectKind.Services] = ["appointments", "intake forms", "service requests", "client records", "booking changes", "supply orders", "visitor logs", "feedback forms"],
    };

    /// <summary>Role labels per level (the real page's first).</summary>
    public static readonly string[][] RoleLabels =
    [
        ["Entry / Apprentice", "Entry / Trainee", "Junior / Entry"],
        ["Mid-level / Established", "Intermediate / Established"],
        ["Senior / Expert IC", "Experienced / Senior IC"],
        ["Lead / Principal / Executive", "Principal / Lead"],
    ];

    public static readonly string[] RoleLevelNames = ["Emerging", "Developing", "Proficient", "Advanced"];

    public static readonly string[] DomainLevelNames = ["Emerging", "Developing", "Applying", "Exceeding"];

    /// <summary>AI-usage statements by level: title (with {o}/{O} for a statement object) and description.</summary>
    public static readonly HeadPhrase[][] AiUsage =
    [
        [
            new("AI-assisted {o} drafting", "uses AI tools to draft {o} notes for {fo} from standard templates, reviewing every output before submission"),
            new("Prompted {o} summaries", "asks an approved AI assistant to summarize {fo}, then checks each summary against the original documents"),
            new("Guided AI procedure lookups", "uses an AI assistant to look up routine procedures for {fo}, confirming each answer with a supervisor"),
            new("Basic AI message support", "prompts an AI assistant to draft routine messages about {fo}, editing the result rather than sending it unchanged"),
            new("AI output verification", "compares AI-filled {o} entries for {fo} with source records and flags mismatches to a supervisor"),
        ],
        [
            new("{O} suggestion vetting", "accepts AI-generated {o} suggestions for routine {fo} only after cross-checking them against current conditions"),
            new("AI-drafted correspondence", "uses AI to draft replies about {fo}, correcting tone and details before sending"),
            new("Time-savings awareness", "identifies which repetitive steps in handling {fo} gain the most from AI tools, keeping judgment calls for people"),
            new("AI list cleanup", "uses AI tools to tidy and tag {fo}, then reviews a share of the results for errors"),
            new("Prompt refinement for {o} work", "improves the prompts used for {o} work so AI drafts about {fo} need fewer corrections"),
        ],
        [
            new("AI {o} workflow oversight", "directs an AI system to prepare {fo} end to end, then audits the exceptions and conflicts it flags for human resolution"),
            new("AI-assisted rebalancing", "feeds live status updates on {fo} into an AI tool to rebalance work, keeping authority over escalations"),
            new("Model output auditing", "audits AI-produced {o} decisions on {fo} each week and corrects recurring patterns of error"),
            new("AI exception triage", "lets an AI tool sort incoming {fo} by urgency while personally handling unusual or high-risk cases"),
            new("Confer-and-relay acceleration", "uses AI-generated call summaries about {fo} to cut documentation time so no follow-up is missed"),
        ],
        [
            new("AI autonomy calibration", "sets how much decision-making authority AI tools get for different kinds of {fo}, separating routine volume from cases that need human judgment"),
            new("Human-AI workflow design", "redesigns the handling of {fo} around AI capabilities, defining handoff points, override rules and quality checkpoints"),
            new("AI tool benchmarking", "measures the accuracy, speed and error rates of AI tools used for {fo} against operational targets and shares results with vendors"),
            new("Cross-team AI integration", "works with IT and operations leaders to connect AI assistants to the systems that hold {fo}, so data flows support real-time decisions"),
            new("Responsible AI policy", "writes and enforces rules for the safe, fair and transparent use of AI in work on {fo} across the organization"),
        ],
    ];

    /// <summary>The ten Pathsmith durable-skill domains, in page order, with the statement heads each draws from.</summary>
    public static readonly (string Name, HeadPhrase[] Heads)[] Domains =
    [
        ("Communication",
        [
            new("briefings", "briefs colleagues on the status of {fo}"), new("status updates", "shares timely status updates on {fo}"),
            new("handoff notes", "writes clear handoff notes about {fo}"), new("plain-language explanations", "explains {fo} to customers in plain language"),
            new("early warnings", "raises concerns early about {fo}"), new("written summaries", "writes short, accurate summaries of {fo}"),
            new("radio etiquette", "follows agreed phone and radio etiquette when discussing {fo}"), new("client updates", "keeps clients informed about {fo}"),
        ]),
        ("Leadership",
        [
            new("task ownership", "takes ownership of assigned work on {fo}"), new("peer support", "helps less experienced colleagues work through {fo}"),
            new("priority setting", "decides which {fo} to tackle first"), new("day-to-day direction", "directs day-to-day work on {fo}"),
            new("accountability", "holds the team to agreed service levels for {fo}"), new("improvement drives", "leads efforts to fix recurring problems with {fo}"),
            new("shift continuity", "keeps work on {fo} moving across shift changes"),
        ]),
        ("Metacognition",
        [
            new("error self-correction", "spots own mistakes in handling {fo} before they reach others"), new("learning gap awareness", "identifies which procedures for {fo} need more practice"),
            new("decision reflection", "reviews past decisions on {fo} to find patterns in errors"), new("strategy adjustment", "changes own approach to {fo} based on what worked before"),
            new("workload self-monitoring", "tracks own focus and load while handling {fo}"), new("self-assessment", "rates own accuracy and speed on {fo} against agreed benchmarks"),
        ]),
        ("Critical Thinking",
        [
            new("request triage", "separates urgent from routine {fo} using set criteria"), new("information verification", "cross-checks details of {fo} against existing records"),
            new("root cause analysis", "investigates why problems with {fo} keep recurring"), new("option comparison", "compares the costs and risks of different ways to handle {fo}"),
            new("conflict reasoning", "works out fair solutions when demands on {fo} compete"), new("trend-based judgment", "uses trends in {fo} to support decisions"),
        ]),
        ("Collaboration",
        [
            new("rapport building", "builds respectful working relationships with everyone involved in {fo}"), new("information sharing", "shares relevant updates on {fo} with partner teams"),
            new("cross-team support", "works with neighboring teams to close gaps in {fo}"), new("workload balancing", "balances work on {fo} fairly with fellow colleagues"),
            new("joint problem solving", "solves problems with {fo} together with other departments"), new("shared protocols", "agrees common ways of working on {fo} with partner teams"),
        ]),
        ("Character",
        [
            new("confidentiality", "handles information about {fo} with discretion"), new("honest reporting", "records problems with {fo} accurately without leaving out unfavorable details"),
            new("fair treatment", "treats every request involving {fo} by the same criteria"), new("reliability", "shows up prepared and follows through on commitments for {fo}"),
            new("integrity under pressure", "admits and corrects own errors with {fo} promptly"), new("respectful conduct", "stays courteous with frustrated people asking about {fo}"),
        ]),
        ("Creativity",
        [
            new("workaround ideas", "suggests practical workarounds when the usual way of handling {fo} is blocked"), new("format experiments", "proposes small changes that make {fo} easier to find and read"),
            new("process redesign", "pilots new ways of organizing work on {fo}"), new("contingency design", "designs backup plans for disruptions to {fo}"),
            new("client solutions", "offers non-standard options when {fo} cannot be handled the usual way"), new("tool adaptation", "adapts available tools to handle {fo} more efficiently"),
        ]),
        ("Growth Mindset",
        [
            new("feedback receptivity", "accepts corrections about handling {fo} and applies them next time"), new("new system adoption", "takes on unfamiliar systems for {fo} with effort rather than avoidance"),
            new("stretch assignments", "volunteers for harder work on {fo} to build capability"), new("error-to-learning conversion", "treats mistakes with {fo} as information for improvement"),
            new("skill building", "seeks out training that improves work on {fo}"), new("practice habits", "keeps practicing the difficult parts of work on {fo}"),
        ]),
        ("Mindfulness",
        [
            new("attention anchoring", "keeps focus on {fo} by limiting distractions"), new("stress recognition", "notices early signs of overload while handling {fo} and takes a short reset"),
            new("situational awareness", "keeps track of the live status of {fo}"), new("calm de-escalation", "stays calm and slows the pace when conversations about {fo} get tense"),
            new("deliberate pauses", "pauses to weigh urgency before acting on new {fo}"), new("sustained focus", "maintains accurate attention on {fo} through long, busy periods"),
        ]),
        ("Fortitude",
        [
            new("learning curve persistence", "keeps developing skill with {fo} through early mistakes"), new("adversity tolerance", "maintains standards on {fo} during disruptive shifts"),
            new("disruption persistence", "keeps work on {fo} moving through extended breakdowns"), new("high-volume endurance", "sustains accuracy on {fo} through prolonged busy periods"),
            new("recovery after setbacks", "rebuilds order in {fo} after a major failure without dwelling on it"), new("steadiness in crises", "remains a stable point of contact for {fo} during extreme disruptions"),
        ]),
    ];

    /// <summary>How a durable skill shows at each level, appended to a domain statement's description.</summary>
    public static readonly string[][] DomainManners =
    [
        ["with support from a supervisor", "when prompted by a supervisor", "in routine situations", "using provided templates"],
        ["with growing confidence", "in most routine situations without prompting", "with steadily improving accuracy", "during moderate workloads"],
        ["consistently during peak periods", "in complex or unfamiliar situations", "across teams and shifts", "under time pressure without losing accuracy"],
        ["and coaches others to do the same", "and sets the example for the whole organization", "and builds shared practices that other teams adopt", "and mentors newer colleagues in the practice"],
    ];

    /// <summary>Task sentences; {fo} is a field object, {rp} the role noun's plural in lower case.</summary>
    public static readonly string[] Tasks =
    [
        "Receive, review, and log {fo} in the tracking system.",
        "Prepare daily schedules for {fo} and share them with other {rp}.",
        "Confer with customers or supervisors to resolve questions about {fo}.",
        "Inspect {fo} for errors, damage, or missing information.",
        "Maintain accurate files of {fo}, charges, and service history.",
        "Arrange corrections or replacements when {fo} are found to be faulty.",
        "Monitor {fo} to spot delays and coordinate corrective action.",
        "Compile weekly reports on {fo} for management review.",
        "Train new colleagues on procedures for handling {fo}.",
        "Verify that {fo} comply with regulations and internal policies.",
        "Estimate the time and materials needed to complete {fo}.",
        "Relay instructions about {fo} to field crews by phone or radio.",
        "Reconcile {fo} with billing and inventory records.",
        "Answer routine inquiries about {fo} by phone, email, or in person.",
    ];

    public static readonly string[] OnetSkills =
    [
        "Active Listening", "Speaking", "Monitoring", "Coordination", "Time Management", "Reading Comprehension",
        "Complex Problem Solving", "Judgment and Decision Making", "Social Perceptiveness", "Service Orientation", "Writing",
        "Critical Thinking", "Active Learning", "Mathematics", "Science", "Instructing", "Negotiation", "Persuasion",
        "Systems Analysis", "Systems Evaluation", "Quality Control Analysis", "Operations Monitoring", "Operation and Control",
        "Equipment Maintenance", "Troubleshooting", "Repairing", "Management of Personnel Resources",
        "Management of Financial Resources", "Management of Material Resources", "Learning Strategies", "Equipment Selection",
        "Operations Analysis", "Installation",
    ];

    public static readonly string[] KnowledgeAreas =
    [
        "Customer and Personal Service", "Public Safety and Security", "Administration and Management", "Administrative",
        "English Language", "Transportation", "Personnel and Human Resources", "Computers and Electronics", "Mathematics",
        "Economics and Accounting", "Sales and Marketing", "Production and Processing", "Law and Government",
        "Education and Training", "Mechanical", "Chemistry", "Biology", "Geography", "Medicine and Dentistry",
        "Building and Construction", "Engineering and Technology", "Food Production", "Telecommunications",
        "Communications and Media", "Design", "Physics", "Psychology",
    ];

    public static readonly string[] Abilities =
    [
        "Speech Clarity", "Speech Recognition", "Oral Expression", "Oral Comprehension", "Deductive Reasoning", "Near Vision",
        "Written Comprehension", "Problem Sensitivity", "Written Expression", "Selective Attention", "Inductive Reasoning",
        "Information Ordering", "Category Flexibility", "Far Vision", "Manual Dexterity", "Finger Dexterity",
        "Arm-Hand Steadiness", "Control Precision", "Perceptual Speed", "Flexibility of Closure", "Number Facility",
        "Mathematical Reasoning", "Visualization", "Time Sharing",
    ];

    public static readonly string[] WorkStyles =
    [
        "Dependability", "Attention to Detail", "Stress Tolerance", "Cooperation", "Self-Control", "Adaptability", "Integrity",
        "Initiative", "Persistence", "Independence", "Leadership", "Concern for Others", "Analytical Thinking", "Innovation",
        "Achievement/Effort", "Social Orientation",
    ];

    /// <summary>Technology items. Each starts with a capital and ends with a lower-case letter, as the glued list needs.</summary>
    public static readonly string[] Technology =
    [
        "Spreadsheet software", "Inventory management software", "Enterprise resource planning ERP software",
        "Customer relationship management CRM software", "Electronic mail software", "Word processing software",
        "Data base user interface and query software", "Geographic information system", "Barcode scanning software",
        "Scheduling software", "Accounting software", "Document management software", "Mobile location based services software",
        "Helpdesk or call center software", "Presentation software", "Project management software", "Point of sale POS software",
        "Electronic health record EHR software", "Computer aided design CAD software", "Label making software",
        "Time accounting software", "Fleet management software", "Facilities management software", "Route navigation software",
        "Medical imaging software", "Video conferencing software", "Web browser software", "Optical character reader OCR software",
        "Radio frequency identification RFID software", "Analytical or scientific software", "Industrial control software",
    ];

    public static readonly int[] MajorGroups = [11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49, 51, 53];

    public static readonly Dictionary<int, string> GroupNames = new()
    {
        [11] = "Management",
        [13] = "Business & Financial Operations",
        [15] = "Computer & Mathematical",
        [17] = "Architecture & Engineering",
        [19] = "Life, Physical & Social Science",
        [21] = "Community & Social Service",
        [23] = "Legal",
        [25] = "Educational Instruction & Library",
        [27] = "Arts, Design, Entertainment, Sports & Media",
        [29] = "Healthcare Practitioners & Technical",
        [31] = "Healthcare Support",
        [33] = "Protective Service",
        [35] = "Food Preparation & Serving Related",
        [37] = "Building & Grounds Cleaning & Maintenance",
        [39] = "Personal Care & Service",
        [41] = "Sales & Related",
        [43] = "Office & Administrative Support",
        [45] = "Farming, Fishing & Forestry",
        [47] = "Construction & Extraction",
        [49] = "Installation, Maintenance & Repair",
        [51] = "Production",
        [53] = "Transportation & Material Moving",
    };

    public static readonly string[] Sectors = ["11", "21", "22", "23", "31-33", "42", "44-45", "48-49", "51", "52", "53", "54", "56", "61", "62", "71", "72", "81", "92"];

    public static readonly string[] JobZoneLabels = ["Little or No Preparation", "Some Preparation", "Medium Preparation", "Considerable Preparation", "Extensive Preparation"];

    public static readonly string[] CipPrefixes = ["01", "03", "11", "13", "14", "15", "26", "31", "43", "46", "47", "48", "49", "51", "52"];

    public static readonly (string Name, string Id)[] WefClusters =
    [
        ("Human-Technology Interaction", "human_technology_interaction"), ("Analytical Thinking", "analytical_thinking"),
        ("Creative Thinking", "creative_thinking"), ("Resilience, Flexibility and Agility", "resilience_flexibility_agility"),
        ("Technological Literacy", "technological_literacy"), ("Curiosity and Lifelong Learning", "curiosity_lifelong_learning"),
        ("Service Orientation and Customer Service", "service_orientation"), ("Dependability and Attention to Detail", "dependability_attention_to_detail"),
        ("Talent Management", "talent_management"), ("Manual Dexterity, Endurance and Precision", "manual_dexterity_endurance_precision"),
    ];

    public static readonly string[] Quadrants = ["Q1_human_led", "Q2_ai_augmented", "Q3_ai_automated", "Q4_emerging_exposure"];

    public static readonly string[] Precisions = ["exact", "exact", "major_group", "broad"];
}
