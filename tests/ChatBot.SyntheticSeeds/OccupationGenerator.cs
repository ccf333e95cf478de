using System.Collections.Immutable;
using System.Globalization;

namespace ChatBot.SyntheticSeeds;

/// <summary>
/// Draws occupations one after another from one <see cref="Random"/>, keeping titles, SOC codes, related titles and
/// file names unique across the catalog. Every choice comes from the seeded generator, in a fixed order, so a seed
/// always yields the same occupations, and the first occupations do not depend on how many follow.
/// </summary>
internal sealed class OccupationGenerator(int seed)
{
    /// <summary>The real seeds' SOC code: a synthetic occupation never takes it.</summary>
    private const string RealSeedSoc = "43-5032.00";

    private const int MaxAttempts = 10_000;

    private static readonly string[] ContextVerbs = ["log", "verify", "track", "schedule", "inspect", "report on", "reconcile", "coordinate", "price", "route"];

    private readonly Random _random = new(seed);
    private readonly HashSet<string> _titles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _socCodes = new(StringComparer.Ordinal) { RealSeedSoc };
    private readonly HashSet<string> _fileIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _relatedKeys = new(StringComparer.Ordinal);

    public SyntheticOccupation Next()
    {
        var (qualifier, field, role) = NextTitle();
        var words = new[] { qualifier, field?.Word }.OfType<string>().ToList();
        var title = string.Join(' ', words.Append(role.Plural));
        var kind = field?.Kind ?? Pick(Enum.GetValues<ObjectKind>());
        var fieldName = (field?.Word ?? qualifier!).ToLowerInvariant();
        var subject = new Subject(qualifier, field, role, fieldName, kind);
        var soc = NextSoc();
        var usedStatementTitles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        var levels = NextLevels(subject, usedStatementTitles);
        var aiUsage = NextAiUsage(subject, usedStatementTitles);
        var domains = NextDomains(subject, usedStatementTitles);
        var skills = PickDistinct(WordPools.OnetSkills, Between(8, 13));
        var evidence = NextEvidence(skills);
        var related = NextRelatedTitles(subject);
        var technology = PickDistinct(WordPools.Technology, Between(5, 10));
        var zone = Between(1, 5);
        var cited = levels.Concat(aiUsage).Concat(domains.SelectMany(domain => domain.Groups))
            .SelectMany(group => group.Statements).SelectMany(statement => statement.Citations).ToHashSet();

        return new SyntheticOccupation
        {
            Soc = soc,
            Title = title,
            SingularTitle = string.Join(' ', words.Append(role.Singular)),
            TitleWords = [.. words, role.Plural],
            RoleNoun = role,
            Group = WordPools.GroupNames[int.Parse(soc[..2], CultureInfo.InvariantCulture)],
            Sector = Pick(WordPools.Sectors),
            JobZone = zone,
            JobZoneLabel = WordPools.JobZoneLabels[zone - 1],
            Version = Chance(70) ? "v.26.05" : $"v.{Between(25, 26)}.{Between(1, 12):00}",
            ContextCovered = NextContext(subject, technology),
            Levels = levels,
            AiUsage = aiUsage,
            EvidencePack = evidence,
            Domains = domains,
            RelatedTitles = related,
            Skills = skills,
            KnowledgeDomains = PickDistinct(WordPools.KnowledgeAreas, Between(5, 9)),
            Abilities = PickDistinct(WordPools.Abilities, Between(6, 10)),
            WorkStyles = PickDistinct(WordPools.WorkStyles, Between(4, 8)),
            Technology = technology,
            Tasks = [.. PickDistinct(WordPools.Tasks, Between(6, 12)).Select(task => Fill(task, subject))],
            CipCodes = NextCipCodes(),
            Sources = [.. CitationSources.BaseSourceList, .. CitationSources.ExtraSourceList.Where(extra => cited.Contains(extra.Chip)).Select(extra => extra.Entry)],
            Attribution = "© 2026 EBSCOed.",
            ExportedAt = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero).AddMilliseconds(_random.NextInt64(30L * 24 * 3600 * 1000)),
            PageFileName = $"000_{NextFileId()}.txt",
            ExportFileName = $"001_{NextFileId()}.txt",
        };
    }

    /// <summary>"Qualifier Field Roles" most often, else "Field Roles" or "Qualifier Roles"; never a title already taken.</summary>
    private (string? Qualifier, FieldWord? Field, (string Singular, string Plural) Role) NextTitle()
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var form = _random.Next(100);
            var qualifier = form < 60 || form >= 85 ? Pick(WordPools.Qualifiers) : null;
            var field = form < 85 ? Pick(WordPools.Fields) : null;
            var role = Pick(WordPools.RoleNouns);
            var title = string.Join(' ', new[] { qualifier, field?.Word, role.Plural }.OfType<string>());
            if (_titles.Add(title))
            {
                return (qualifier, field, role);
            }
        }

        throw new InvalidOperationException($"No unused occupation title after {MaxAttempts} attempts; the word pools are exhausted.");
    }

    private string NextSoc()
    {
        while (true)
        {
            var detail = Chance(75) ? 0 : Between(1, 9);
            var soc = $"{Pick(WordPools.MajorGroups):00}-{Between(1000, 9999):0000}.{detail:00}";
            if (_socCodes.Add(soc))
            {
                return soc;
            }
        }
    }

    private string NextFileId()
    {
        var bytes = new byte[8];
        while (true)
        {
            _random.NextBytes(bytes);
            var id = Convert.ToHexStringLower(bytes);
            if (_fileIds.Add(id))
            {
                return id;
            }
        }
    }

    /// <summary>Four role levels of ten statements, each level drawing ten different heads from its own pool.</summary>
    private ImmutableArray<SyntheticStatementGroup> NextLevels(Subject subject, HashSet<string> used)
    {
        var levels = ImmutableArray.CreateBuilder<SyntheticStatementGroup>(4);
        for (var rank = 0; rank < 4; rank++)
        {
            var statements = ImmutableArray.CreateBuilder<SyntheticStatement>(10);
            foreach (var head in PickDistinct(WordPools.LevelHeads[rank], 10))
            {
                var objectWord = UnusedObject(head.Head, used);
                var setting = Chance(60) ? Setting(subject) : "";
                statements.Add(new SyntheticStatement
                {
                    Title = $"{objectWord} {head.Head}",
                    Description = $"{Fill(head.Template, subject)} {Fill(Pick(WordPools.LevelManners[rank]), subject)}{setting}.",
                });
            }

            levels.Add(new SyntheticStatementGroup
            {
                Rank = rank + 1,
                LevelName = WordPools.RoleLevelNames[rank],
                RoleLabel = Pick(WordPools.RoleLabels[rank]),
                Statements = statements.MoveToImmutable(),
            });
        }

        return levels.MoveToImmutable();
    }

    private ImmutableArray<SyntheticStatementGroup> NextAiUsage(Subject subject, HashSet<string> used)
    {
        var groups = ImmutableArray.CreateBuilder<SyntheticStatementGroup>(4);
        for (var rank = 0; rank < 4; rank++)
        {
            var statements = PickDistinct(WordPools.AiUsage[rank], Between(2, 4)).Select(template =>
            {
                var objectWord = Pick(WordPools.StatementObjects);
                var title = FillObject(template.Head, objectWord);
                for (var attempt = 0; attempt < MaxAttempts && !used.Add(title); attempt++)
                {
                    objectWord = Pick(WordPools.StatementObjects);
                    title = FillObject(template.Head, objectWord);
                }

                return new SyntheticStatement
                {
                    Title = title,
                    Description = FillObject(Fill(template.Template, subject), objectWord) + ".",
                    Citations = NextCitations(CitationSources.AiUsage, CitationSources.Bls),
                };
            });
            groups.Add(new SyntheticStatementGroup { Rank = rank + 1, LevelName = WordPools.RoleLevelNames[rank], Statements = [.. statements] });
        }

        return groups.MoveToImmutable();
    }

    private ImmutableArray<SyntheticDomain> NextDomains(Subject subject, HashSet<string> used)
    {
        var domains = ImmutableArray.CreateBuilder<SyntheticDomain>(WordPools.Domains.Length);
        for (var number = 1; number <= WordPools.Domains.Length; number++)
        {
            var (name, heads) = WordPools.Domains[number - 1];
            var groups = ImmutableArray.CreateBuilder<SyntheticStatementGroup>(4);
            for (var rank = 0; rank < 4; rank++)
            {
                var statements = PickDistinct(heads, Between(2, 3)).Select(head => new SyntheticStatement
                {
                    Title = DomainTitle(head.Head, used),
                    Description = $"{Fill(head.Template, subject)} {Pick(WordPools.DomainManners[rank])}",
                    Citations = NextCitations(CitationSources.Domains, CitationSources.Esco),
                });
                groups.Add(new SyntheticStatementGroup { Rank = rank + 1, LevelName = WordPools.DomainLevelNames[rank], Statements = [.. statements] });
            }

            domains.Add(new SyntheticDomain { Number = number, Name = name, Groups = groups.MoveToImmutable() });
        }

        return domains.MoveToImmutable();
    }

    /// <summary>The head alone ("Confidentiality") the first time, when the coin says so; else with an object ("Backlog confidentiality").</summary>
    private string DomainTitle(string head, HashSet<string> used)
    {
        var bare = char.ToUpperInvariant(head[0]) + head[1..];
        if (Chance(50) && used.Add(bare))
        {
            return bare;
        }

        return $"{UnusedObject(head, used)} {head}";
    }

    /// <summary>A statement object whose title with <paramref name="head"/> is not yet used (and is not "Log logging").</summary>
    private string UnusedObject(string head, HashSet<string> used)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var objectWord = Pick(WordPools.StatementObjects);
            if (!head.StartsWith(objectWord[..3], StringComparison.OrdinalIgnoreCase) && used.Add($"{objectWord} {head}"))
            {
                return objectWord;
            }
        }

        throw new InvalidOperationException($"No unused statement title for '{head}'.");
    }

    /// <summary>One or two of the usual sources, and now and then an extra one.</summary>
    private ImmutableArray<SyntheticCitation> NextCitations(SyntheticCitation[] usual, SyntheticCitation extra)
    {
        var chips = PickDistinct(usual, Chance(55) ? 1 : 2).ToList();
        if (Chance(12))
        {
            chips.Insert(_random.Next(chips.Count + 1), extra);
        }

        return [.. chips];
    }

    private ImmutableArray<SyntheticEvidenceGroup> NextEvidence(ImmutableArray<string> skills)
    {
        var (clusterName, clusterId) = Pick(WordPools.WefClusters);
        return
        [
            new SyntheticEvidenceGroup
            {
                Name = "AEI usage",
                Facts =
                [
                    new("Task observations", Between(20, 900).ToString(CultureInfo.InvariantCulture)),
                    new("Augment share", $"{Between(5, 80)}%"),
                    new("Time saved", $"{(Between(100, 950) / 10.0).ToString("0.0", CultureInfo.InvariantCulture)}%"),
                    new("AI autonomy", (Between(150, 450) / 100.0).ToString("0.00", CultureInfo.InvariantCulture)),
                ],
            },
            new SyntheticEvidenceGroup
            {
                Name = "SAFI positioning",
                Facts =
                [
                    new("Top skill", Pick(skills)),
                    new("Score", $"{(Between(150, 850) / 10.0).ToString("0.0", CultureInfo.InvariantCulture)} / 100"),
                    new("Quadrant", Pick(WordPools.Quadrants)),
                    new("precision", Pick(WordPools.Precisions)),
                ],
            },
            new SyntheticEvidenceGroup { Name = "WEF cluster", Facts = [new(null, clusterName), new(null, clusterId)] },
        ];
    }

    /// <summary>
    /// 3 to 12 related titles, each ending with a related noun no occupation title uses; any other words are a
    /// related qualifier or words of this occupation's own title. No two related titles in the catalog have the same words.
    /// </summary>
    private ImmutableArray<string> NextRelatedTitles(Subject subject)
    {
        var count = Between(3, 12);
        var titles = ImmutableArray.CreateBuilder<string>(count);
        for (var attempt = 0; titles.Count < count && attempt < MaxAttempts; attempt++)
        {
            var name = RelatedName(subject);
            if (!Chance(8))
            {
                if (_relatedKeys.Add(Key(name)))
                {
                    titles.Add(name);
                }

                continue;
            }

            // Now and then a second name in parentheses, as O*NET writes "Auto Service Dispatcher (Automotive Service Dispatcher)".
            var alias = RelatedName(subject);
            if (Key(alias) != Key(name) && !_relatedKeys.Contains(Key(alias)) && _relatedKeys.Add(Key(name)))
            {
                _relatedKeys.Add(Key(alias));
                titles.Add($"{name} ({alias})");
            }
        }

        return titles.Count >= 3
            ? titles.ToImmutable()
            : throw new InvalidOperationException($"Only {titles.Count} unused related titles after {MaxAttempts} attempts; the word pools are exhausted.");

        static string Key(string name) => string.Join(' ', name.ToLowerInvariant().Split(' ').Order(StringComparer.Ordinal));
    }

    private string RelatedName(Subject subject)
    {
        var noun = Pick(WordPools.RelatedNouns);
        var own = Pick(new[] { subject.Qualifier, subject.Field?.Word }.OfType<string>().ToArray());
        return _random.Next(5) switch
        {
            0 => $"{own} {noun}",
            1 => $"{Pick(WordPools.RelatedQualifiers)} {own} {noun}",
            2 => $"{Pick(WordPools.RelatedQualifiers)} {noun}",
            3 => $"{own} {Pick(WordPools.RelatedQualifiers)} {noun}",
            _ => string.Join(' ', new[] { subject.Qualifier, subject.Field?.Word, noun }.OfType<string>()),
        };
    }

    private string NextContext(Subject subject, ImmutableArray<string> technology)
    {
        var settings = PickDistinct(WordPools.Qualifiers, 3).Select(word => word.ToLowerInvariant()).ToList();
        if (subject.Qualifier is { } qualifier && !settings.Contains(qualifier.ToLowerInvariant()))
        {
            settings[0] = qualifier.ToLowerInvariant();
        }

        var verbs = PickDistinct(ContextVerbs, 3);
        var tools = PickDistinct(technology, 2);
        return $"This framework covers {subject.FieldName} work in {settings[0]}, {settings[1]}, and {settings[2]} settings where " +
               $"{subject.Role.Plural.ToLowerInvariant()} {verbs[0]}, {verbs[1]}, and {verbs[2]} {FieldObject(subject)} using " +
               $"{InSentence(tools[0])} and {InSentence(tools[1])}.";
    }

    /// <summary>A list item inside a sentence: "Computer aided design CAD software" becomes "computer aided design CAD software".</summary>
    private static string InSentence(string item) => char.ToLowerInvariant(item[0]) + item[1..];

    private ImmutableArray<string> NextCipCodes()
    {
        var codes = new List<string>();
        var count = Between(1, 3);
        while (codes.Count < count)
        {
            var code = $"{Pick(WordPools.CipPrefixes)}.{Between(101, 9999):0000}";
            if (!codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        return [.. codes];
    }

    private string Setting(Subject subject) =>
        Chance(50)
            ? $" in the {(subject.Qualifier is { } qualifier && Chance(50) ? qualifier.ToLowerInvariant() + " " : "")}{Pick(WordPools.Places)}"
            : $" at a busy {Pick(WordPools.Places)}";

    /// <summary>Fills {fo} (a field object, drawn afresh), {rp} and {rs}.</summary>
    private string Fill(string template, Subject subject) =>
        template
            .Replace("{fo}", FieldObject(subject), StringComparison.Ordinal)
            .Replace("{rp}", subject.Role.Plural.ToLowerInvariant(), StringComparison.Ordinal)
            .Replace("{rs}", subject.Role.Singular.ToLowerInvariant(), StringComparison.Ordinal);

    private static string FillObject(string template, string objectWord) =>
        template.Replace("{O}", objectWord, StringComparison.Ordinal).Replace("{o}", objectWord.ToLowerInvariant(), StringComparison.Ordinal);

    private string FieldObject(Subject subject) => $"{subject.FieldName} {Pick(WordPools.Objects[subject.Kind])}";

    private bool Chance(int percent) => _random.Next(100) < percent;

    private int Between(int min, int max) => _random.Next(min, max + 1);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary><paramref name="count"/> different items in random order (a partial Fisher-Yates shuffle of a copy).</summary>
    private ImmutableArray<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        var copy = items.ToArray();
        count = Math.Min(count, copy.Length);
        for (var i = 0; i < count; i++)
        {
            var j = _random.Next(i, copy.Length);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        return [.. copy.Take(count)];
    }

    /// <summary>What an occupation's text talks about: its title parts and the kind of things its field handles.</summary>
    private sealed record Subject(string? Qualifier, FieldWord? Field, (string Singular, string Plural) Role, string FieldName, ObjectKind Kind);
}
