using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Import;

/// <summary>What a folder of seed files yielded: the merged frameworks, the reference documents and every issue.</summary>
public sealed record SeedImport(
    ImmutableArray<OccupationFramework> Frameworks,
    ImmutableArray<ReferenceDocument> References,
    ImmutableArray<ImportIssue> Issues);
