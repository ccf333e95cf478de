using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Tests.Understanding;
using ChatBot.Knowledge.Understanding;
using ChatBot.SyntheticSeeds;

namespace ChatBot.Knowledge.Tests.Scale;

/// <summary>
/// The store at scale: the real seeds plus 1,000 synthetic occupations. Questions name an occupation by title, related
/// title, shared title word or SOC code, and each must land where the generator's own model says it should; the
/// dispatchers must still answer as they do alone. Samples are picked by seeded randoms, so a failure repeats.
/// Building the store takes about 20 s in a Debug run, most of it the knowledge index; <c>--filter Category!=Scale</c>
/// leaves it out of a quick run.
/// </summary>
[Trait("Category", "Scale")]
public sealed class ThousandOccupationsTests(ThousandOccupationsFixture fixture) : IClassFixture<ThousandOccupationsFixture>
{
    private const int SampleSize = 25;

    private static readonly string[] LevelNames = ["emerging", "developing", "proficient", "advanced"];

    /// <summary>A role-label word per level, as people say it: "junior", "mid-level", "senior", "lead".</summary>
    private static readonly string[] LevelRoleWords = ["junior", "mid-level", "senior", "lead"];

    /// <summary>
    /// Related-title nouns whose plural the store never uses and which lie one edit from another word it does use
    /// ("loaders" and "leaders", "bookers" and "brokers"): a random sample may miss them, so they are asked for by name.
    /// </summary>
    private static readonly string[] PluralsOneEditFromAnotherWord = ["Loader", "Booker"];

    [Fact]
    public void Store_HoldsEveryOccupation_WithoutErrorsAndWithoutWarningsFromSyntheticFiles()
    {
        var syntheticFiles = fixture.Catalog.Files.Select(file => file.FileName).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(ThousandOccupationsFixture.Count + 1, fixture.Store.Frameworks.Length);
        Assert.DoesNotContain(fixture.Import.Issues, issue => issue.Severity == ImportSeverity.Error);
        Assert.DoesNotContain(fixture.Import.Issues, issue => issue.FileName.Split(" + ").Any(syntheticFiles.Contains));
    }

    [Fact]
    public void Store_HoldsEachSyntheticOccupationUnderItsSocCode()
    {
        foreach (var occupation in fixture.Catalog.Occupations)
        {
            var framework = fixture.Store.FindBySoc(occupation.Soc);

            Assert.NotNull(framework);
            Assert.Equal(occupation.Title, framework.Occupation.Title);
            Assert.Equal([occupation.ExportFileName, occupation.PageFileName], framework.SourceFiles.ToArray());
        }
    }

    [Fact]
    public void Read_LevelQuestionNamingATitle_IsThatOccupationsLevelWithItsTenStatements()
    {
        var random = new Random(11);
        var failures = new List<string>();
        foreach (var occupation in fixture.Catalog.Sample(SampleSize, 11))
        {
            // Every word of the title names the occupation, unless another title holds all of them too (then it asks which).
            var candidates = OccupationsWithAllWordsOf(occupation);
            foreach (var phrasing in LevelPhrasings(occupation))
            {
                var rank = random.Next(1, 5);
                var text = phrasing(rank);
                var question = fixture.Reader.Read(text);
                if (candidates.Count > 1)
                {
                    CheckWhich(question, text, candidates, failures);
                    continue;
                }

                if (question is not LevelQuestion level || level.Framework.Occupation.SocCode != occupation.Soc || (int)level.Level != rank)
                {
                    failures.Add($"'{text}': expected LevelQuestion({occupation.Soc}, {(ProficiencyLevel)rank}) but read {ReadingAssert.Describe(question)}");
                    continue;
                }

                var answer = Assert.IsType<LevelAnswer>(fixture.Composer.Compose(level));
                var expected = occupation.Levels[rank - 1].Statements.Select(statement => statement.Title);
                if (!answer.Level.Statements.Select(statement => statement.Title).SequenceEqual(expected))
                {
                    failures.Add($"'{text}': the answer's statements are not the {(ProficiencyLevel)rank} statements of {occupation.Title}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Read_RelatedTitle_IsCoverageOfTheOccupationThatListsIt()
    {
        var random = new Random(12);
        var failures = new List<string>();
        foreach (var occupation in fixture.Catalog.Sample(SampleSize, 12))
        {
            var related = occupation.RelatedTitles[random.Next(occupation.RelatedTitles.Length)];
            var name = related.Split(" (")[0].ToLowerInvariant();
            foreach (var text in new[] { $"is a {name} covered?", $"does the framework include the {name} role?" })
            {
                CheckCoverage(text, occupation, related, failures);
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Read_RelatedTitleInThePlural_IsCoverageOfTheOccupationThatListsIt()
    {
        var random = new Random(16);
        var failures = new List<string>();
        foreach (var occupation in fixture.Catalog.Sample(SampleSize, 16))
        {
            var related = occupation.RelatedTitles[random.Next(occupation.RelatedTitles.Length)];
            var name = related.Split(" (")[0].ToLowerInvariant();
            CheckCoverage($"does this apply to {name}s?", occupation, related, failures);
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Read_RelatedTitleInAPluralOneEditFromAnotherWord_IsCoverage()
    {
        var failures = new List<string>();
        foreach (var noun in PluralsOneEditFromAnotherWord)
        {
            var occupation = fixture.Catalog.Occupations.First(candidate => candidate.RelatedTitles.Any(title => title.EndsWith(noun, StringComparison.Ordinal)));
            var related = occupation.RelatedTitles.First(title => title.EndsWith(noun, StringComparison.Ordinal));
            CheckCoverage($"does this apply to {related.ToLowerInvariant()}s?", occupation, related, failures);
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Read_AideInTheSingular_IsThatOccupationsLevel()
    {
        var aides = fixture.Catalog.Occupations.First(occupation => occupation.RoleNoun.Singular == "Aide" && OccupationsWithAllWordsOf(occupation).Count == 1);
        var text = $"what does a proficient {aides.SingularTitle.ToLowerInvariant()} do?";

        var level = ReadingAssert.Is<LevelQuestion>(fixture.Reader.Read(text), text);

        Assert.Equal((aides.Soc, ProficiencyLevel.Proficient), (level.Framework.Occupation.SocCode, level.Level));
    }

    [Fact]
    public void Read_TitleWordSharedBySeveralOccupations_AsksWhichOfExactlyThoseOccupations()
    {
        var shared = fixture.Catalog.Occupations
            .SelectMany(occupation => occupation.TitleWords)
            .GroupBy(word => word, StringComparer.Ordinal)
            .Where(group => group.Count() >= 2)
            .Select(group => group.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        var random = new Random(13);
        var failures = new List<string>();
        for (var i = 0; i < SampleSize; i++)
        {
            var word = shared[random.Next(shared.Count)];
            var text = $"{word.ToLowerInvariant()} at level 2";
            var expected = fixture.Catalog.Occupations.Where(occupation => occupation.TitleWords.Contains(word)).ToList();
            var question = fixture.Reader.Read(text);
            CheckWhich(question, text, expected, failures);
            if (question is WhichOccupationQuestion which && fixture.Composer.Compose(which) is WhichOccupationAnswer answer &&
                (answer.Total != expected.Count || answer.Choices.Length != Math.Min(10, expected.Count)))
            {
                failures.Add($"'{text}': the answer offers {answer.Choices.Length} of {answer.Total} choices for {expected.Count} occupations");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Read_SocCode_ResolvesThatOccupation()
    {
        var failures = new List<string>();
        foreach (var occupation in fixture.Catalog.Sample(SampleSize, 14))
        {
            var levelText = $"{occupation.Soc} level 2";
            if (fixture.Reader.Read(levelText) is not LevelQuestion { Level: ProficiencyLevel.Developing } level || level.Framework.Occupation.SocCode != occupation.Soc)
            {
                failures.Add($"'{levelText}': expected LevelQuestion({occupation.Soc}, Developing) but read {ReadingAssert.Describe(fixture.Reader.Read(levelText))}");
            }

            var codesText = $"what are the codes for {occupation.Soc}?";
            if (fixture.Reader.Read(codesText) is not CodesQuestion codes || codes.Framework.Occupation.SocCode != occupation.Soc)
            {
                failures.Add($"'{codesText}': expected CodesQuestion({occupation.Soc}) but read {ReadingAssert.Describe(fixture.Reader.Read(codesText))}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Read_LevelFollowUp_KeepsTheOccupationNamedBefore()
    {
        var failures = new List<string>();
        foreach (var occupation in fixture.Catalog.Sample(SampleSize, 15).Where(occupation => OccupationsWithAllWordsOf(occupation).Count == 1))
        {
            var first = $"what do senior {occupation.Title.ToLowerInvariant()} do?";
            var turns = Seeds.Converse(fixture.Reader, first, "and at entry level?");
            if (turns[1] is not LevelQuestion { Level: ProficiencyLevel.Emerging } level || level.Framework.Occupation.SocCode != occupation.Soc)
            {
                failures.Add($"'{first}' then 'and at entry level?': expected LevelQuestion({occupation.Soc}, Emerging) but read {ReadingAssert.Describe(turns[1])}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Read_ProficientDispatcher_IsStillTheDispatchersProficientLevel()
    {
        var question = ReadingAssert.Is<LevelQuestion>(fixture.Reader.Read("What does a Proficient dispatcher do?"));

        Assert.Equal((Seeds.DispatchersSoc, ProficiencyLevel.Proficient), (question.Framework.Occupation.SocCode, question.Level));
        var answer = Assert.IsType<LevelAnswer>(fixture.Composer.Compose(question));
        Assert.Equal(10, answer.Level.Statements.Length);
        Assert.Equal("Complex dispatch coordination", answer.Level.Statements[0].Title);
    }

    [Fact]
    public void Read_DispatcherQuestionMentioningAnotherTitlesWord_IsStillAboutTheDispatchers()
    {
        // A word of other occupations' titles that is not their person noun ("Marine Cargo Inspectors": "cargo").
        var random = new Random(17);
        var words = fixture.Catalog.Occupations
            .SelectMany(occupation => occupation.TitleWords.Where(word => !word.StartsWith(occupation.RoleNoun.Singular, StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var failures = new List<string>();
        for (var i = 0; i < SampleSize; i++)
        {
            var word = words[random.Next(words.Count)].ToLowerInvariant();
            var text = $"what does a proficient dispatcher do about {word}?";
            if (fixture.Reader.Read(text) is not FrameworkQuestion { Framework.Occupation.SocCode: Seeds.DispatchersSoc })
            {
                failures.Add($"'{text}' is not about the dispatchers");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Read_StatementTitleSharingAWordWithOtherTitles_StaysWithTheConversationsOccupation()
    {
        var context = fixture.Reader.Read("What does a Proficient dispatcher do?", ConversationContext.Empty).Context;

        var question = ReadingAssert.Is<StatementQuestion>(fixture.Reader.Read("What is Customer escalation handling?", context).Question);

        Assert.Equal(Seeds.DispatchersSoc, question.Framework.Occupation.SocCode);
        Assert.Equal("Customer escalation handling", question.Matches[0].Statement.Title);
    }

    [Fact]
    public void Read_KeywordSearchWithAnotherOccupationsTitleWord_KeepsThatWordAsATerm()
    {
        var search = ReadingAssert.Is<SearchQuestion>(fixture.Reader.Read("any dispatcher statements about angry customers?"));

        Assert.Equal(Seeds.DispatchersSoc, search.Framework.Occupation.SocCode);
        Assert.Equal("angry customers", string.Join(" ", search.Terms));
    }

    [Fact]
    public void Read_CabStarter_IsStillCoverageOfTheDispatchers()
    {
        var coverage = ReadingAssert.Is<CoverageQuestion>(fixture.Reader.Read("is a cab starter covered?"));

        Assert.Equal((Seeds.DispatchersSoc, "Cab Starter"), (coverage.Framework.Occupation.SocCode, coverage.RelatedTitle));
    }

    /// <summary>Ways to ask for one level of an occupation by its title, in the singular and the plural; each takes the level's rank, 1 to 4.</summary>
    private static IEnumerable<Func<int, string>> LevelPhrasings(SyntheticOccupation occupation)
    {
        var singular = occupation.SingularTitle.ToLowerInvariant();
        var plural = occupation.Title.ToLowerInvariant();
        yield return rank => $"what does a {LevelNames[rank - 1]} {singular} do?";
        yield return rank => $"{occupation.Title} at level {rank}";
        yield return rank => $"what do {LevelRoleWords[rank - 1]} {plural} do";
        yield return rank => $"{singular} expectations at the {LevelNames[rank - 1]} level";
    }

    /// <summary>The occupations whose titles hold every word of <paramref name="occupation"/>'s title (itself included).</summary>
    private List<SyntheticOccupation> OccupationsWithAllWordsOf(SyntheticOccupation occupation) =>
        [.. fixture.Catalog.Occupations.Where(other => occupation.TitleWords.All(other.TitleWords.Contains))];

    private void CheckCoverage(string text, SyntheticOccupation occupation, string related, List<string> failures)
    {
        var question = fixture.Reader.Read(text);
        if (question is not CoverageQuestion coverage || coverage.Framework.Occupation.SocCode != occupation.Soc || coverage.RelatedTitle != related)
        {
            failures.Add($"'{text}': expected CoverageQuestion({occupation.Soc}, '{related}') but read {ReadingAssert.Describe(question)}");
        }
    }

    private static void CheckWhich(Question question, string text, IReadOnlyCollection<SyntheticOccupation> expected, List<string> failures)
    {
        var expectedSocs = expected.Select(occupation => occupation.Soc).Order(StringComparer.Ordinal).ToList();
        if (question is not WhichOccupationQuestion which ||
            !which.Choices.Select(choice => choice.Occupation.SocCode).Order(StringComparer.Ordinal).SequenceEqual(expectedSocs))
        {
            failures.Add($"'{text}': expected WhichOccupationQuestion([{string.Join(", ", expectedSocs)}]) but read {ReadingAssert.Describe(question)}");
        }
    }
}
