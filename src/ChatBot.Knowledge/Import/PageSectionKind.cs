namespace ChatBot.Knowledge.Import;

/// <summary>The sections of the framework page template, in the order the page shows them.</summary>
internal enum PageSectionKind
{
    LevelsAndAiUsage,
    EvidencePack,
    Domain,
    RelatedTitles,
    Apprenticeships,
    Skills,
    KnowledgeDomains,
    Abilities,
    WorkStyles,
    Technology,
    Tasks,
    CipCodes,
    Sources,
}
