using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Tests.Understanding;

/// <summary>Short follow-ups that lean on the conversation so far: "and advanced?", "what about AI at that level?".</summary>
public sealed class FollowUpTests
{
    [Theory]
    [InlineData("what does a senior dispatcher do", "and advanced?", ProficiencyLevel.Advanced)]
    [InlineData("L2 expectations", "what about level 4", ProficiencyLevel.Advanced)]
    [InlineData("what do juniors do", "ok and mid level?", ProficiencyLevel.Developing)]
    [InlineData("Proficient?", "and the level below?", ProficiencyLevel.Developing)]
    [InlineData("advanced dispatcher expectations", "how about trainees", ProficiencyLevel.Emerging)]
    [InlineData("what does a mid-level dispatcher do", "and the one above?", ProficiencyLevel.Proficient)]
    public void Read_LevelAfterALevel_IsTheNewLevel(string first, string followUp, ProficiencyLevel expected)
    {
        var level = ReadingAssert.Is<LevelQuestion>(Seeds.Last(first, followUp), followUp);

        Assert.Equal(expected, level.Level);
    }

    [Theory]
    [InlineData("what do established dispatchers do", "what's the next level?", ProficiencyLevel.Proficient)]
    [InlineData("tell me about level 3", "and the level after that?", ProficiencyLevel.Advanced)]
    public void Read_NextLevelAfterALevel_ShowsTheLevelAbove(string first, string followUp, ProficiencyLevel expected)
    {
        var question = Seeds.Last(first, followUp);

        var target = question switch
        {
            LevelQuestion level => level.Level,
            ProgressionQuestion progression => progression.To,
            _ => (ProficiencyLevel?)null,
        };
        Assert.True(target == expected, $"'{followUp}': expected the {expected} level but read {ReadingAssert.Describe(question)}");
    }

    [Theory]
    [InlineData("what do mid-level dispatchers do", "what about AI at that level?", ProficiencyLevel.Developing)]
    [InlineData("lead dispatcher expectations", "how do they use AI?", ProficiencyLevel.Advanced)]
    [InlineData("level 1", "and AI for them?", ProficiencyLevel.Emerging)]
    [InlineData("What should an experienced dispatcher be doing?", "ok what about chatgpt?", ProficiencyLevel.Proficient)]
    public void Read_AiAfterALevel_IsAiUsageAtThatLevel(string first, string followUp, ProficiencyLevel expected)
    {
        var ai = ReadingAssert.Is<AiUsageQuestion>(Seeds.Last(first, followUp), followUp);

        Assert.Equal(expected, ai.Level);
    }

    [Theory]
    [InlineData("AI for apprentices", "and for seniors?", ProficiencyLevel.Proficient)]
    [InlineData("how do developing dispatchers use ChatGPT", "what about advanced", ProficiencyLevel.Advanced)]
    [InlineData("AI usage at L3", "and L1?", ProficiencyLevel.Emerging)]
    public void Read_LevelAfterAi_IsAiUsageAtTheNewLevel(string first, string followUp, ProficiencyLevel expected)
    {
        var ai = ReadingAssert.Is<AiUsageQuestion>(Seeds.Last(first, followUp), followUp);

        Assert.Equal(expected, ai.Level);
    }

    [Theory]
    [InlineData("what does a senior dispatcher do", "compare that with the level below", ProficiencyLevel.Developing, ProficiencyLevel.Proficient)]
    [InlineData("level 2 please", "how is that different from the level above", ProficiencyLevel.Developing, ProficiencyLevel.Proficient)]
    [InlineData("advanced", "compare with proficient", ProficiencyLevel.Proficient, ProficiencyLevel.Advanced)]
    [InlineData("what do new dispatchers do", "compare them with the senior ones", ProficiencyLevel.Emerging, ProficiencyLevel.Proficient)]
    public void Read_CompareAfterALevel_ComparesTheLevelInContextWithTheOther(string first, string followUp, ProficiencyLevel lower, ProficiencyLevel higher)
    {
        var compare = ReadingAssert.Is<CompareQuestion>(Seeds.Last(first, followUp), followUp);

        Assert.Equal([lower, higher], new[] { compare.Left, compare.Right }.Order());
    }

    [Theory]
    [InlineData("what does a mid-level dispatcher do", "how do I get to the next level?", ProficiencyLevel.Developing, ProficiencyLevel.Proficient)]
    [InlineData("junior expectations", "what does it take to move up from there?", ProficiencyLevel.Emerging, ProficiencyLevel.Developing)]
    public void Read_ProgressionAfterALevel_StartsFromThatLevel(string first, string followUp, ProficiencyLevel from, ProficiencyLevel to)
    {
        var progression = ReadingAssert.Is<ProgressionQuestion>(Seeds.Last(first, followUp), followUp);

        Assert.Equal((from, to), (progression.From, progression.To));
    }

    [Theory]
    [InlineData("comunication for juniors", "and the Exceeding level?", "Communication", ProficiencyLevel.Advanced)]
    [InlineData("what does fortitude look like for level 2", "what about applying?", "Fortitude", ProficiencyLevel.Proficient)]
    [InlineData("critical thinking", "for seniors?", "Critical Thinking", ProficiencyLevel.Proficient)]
    [InlineData("mindfulness at emerging", "and L3", "Mindfulness", ProficiencyLevel.Proficient)]
    [InlineData("collaboration at the developing level", "and the level below?", "Collaboration", ProficiencyLevel.Emerging)]
    public void Read_LevelAfterADomain_IsThatDomainAtTheNewLevel(string first, string followUp, string domain, ProficiencyLevel level)
    {
        var question = ReadingAssert.Is<DomainQuestion>(Seeds.Last(first, followUp), followUp);

        Assert.Equal((domain, (ProficiencyLevel?)level), (question.Domain.Name, question.Level));
    }

    [Fact]
    public void Read_DomainThenLevelThenLevel_StaysOnTheDomain()
    {
        var turns = Seeds.Converse(Seeds.SharedReader, "senior dispatcher expectations", "leadership at that level", "and for leads?");

        var atProficient = ReadingAssert.Is<DomainQuestion>(turns[1], "leadership at that level");
        var atAdvanced = ReadingAssert.Is<DomainQuestion>(turns[2], "and for leads?");
        Assert.Equal(("Leadership", (ProficiencyLevel?)ProficiencyLevel.Proficient), (atProficient.Domain.Name, atProficient.Level));
        Assert.Equal(("Leadership", (ProficiencyLevel?)ProficiencyLevel.Advanced), (atAdvanced.Domain.Name, atAdvanced.Level));
    }

    [Fact]
    public void Read_SourcesForThatAfterALevel_AreTheSourcesOfThatLevel()
    {
        var sources = ReadingAssert.Is<SourcesQuestion>(Seeds.Last("what do experienced dispatchers do", "show the sources for that"), "show the sources for that");

        Assert.Equal((FocusKind.Level, (ProficiencyLevel?)ProficiencyLevel.Proficient), (sources.Focus?.Kind, sources.Focus?.Level));
    }

    [Fact]
    public void Read_SourcesForThatAfterADomain_AreTheSourcesOfThatDomain()
    {
        var sources = ReadingAssert.Is<SourcesQuestion>(Seeds.Last("leadership at level 2", "where does that come from?"), "where does that come from?");

        Assert.Equal((FocusKind.Domain, "Leadership"), (sources.Focus?.Kind, sources.Focus?.DomainName));
    }

    [Fact]
    public void Read_SourcesForThisAfterAi_AreTheSourcesOfThatAiLevel()
    {
        var sources = ReadingAssert.Is<SourcesQuestion>(Seeds.Last("how do juniors use AI", "sources for this?"), "sources for this?");

        Assert.Equal((FocusKind.AiUsage, (ProficiencyLevel?)ProficiencyLevel.Emerging), (sources.Focus?.Kind, sources.Focus?.Level));
    }

    [Fact]
    public void Read_NewListQuestionAfterADomain_IsThatList()
    {
        var list = ReadingAssert.Is<ListQuestion>(Seeds.Last("leadership at advanced", "what are the tasks?"), "what are the tasks?");

        Assert.Equal(OnetList.Tasks, list.List);
    }

    [Fact]
    public void Read_CodesAfterALevel_AreTheCodes()
    {
        ReadingAssert.Is<CodesQuestion>(Seeds.Last("what does a senior dispatcher do", "what is the SOC code"), "what is the SOC code");
    }

    [Fact]
    public void Read_FullLevelQuestionAfterADomain_IsThatLevel()
    {
        var level = ReadingAssert.Is<LevelQuestion>(Seeds.Last("fortitude for juniors", "what does a lead dispatcher do"), "what does a lead dispatcher do");

        Assert.Equal(ProficiencyLevel.Advanced, level.Level);
    }

    [Fact]
    public void Read_FollowUpWithoutContext_IsStillThatLevel()
    {
        var level = ReadingAssert.Is<LevelQuestion>(Seeds.SharedReader.Read("and advanced?"), "and advanced?");

        Assert.Equal(ProficiencyLevel.Advanced, level.Level);
    }

    [Fact]
    public void Read_SalaryAfterScope_IsSalary()
    {
        ReadingAssert.Is<SalaryQuestion>(Seeds.Last("can we use this for our 999 control room?", "ok and how much do they get paid?"), "ok and how much do they get paid?");
    }

    [Theory]
    [InlineData("level 1", "4", ProficiencyLevel.Advanced)]
    [InlineData("what does a senior dispatcher do", "and 2?", ProficiencyLevel.Developing)]
    [InlineData("L2 expectations", "top?", ProficiencyLevel.Advanced)]
    [InlineData("what do leads do", "bottom", ProficiencyLevel.Emerging)]
    public void Read_ANumberOrAnEndAlone_IsThatLevel(string first, string followUp, ProficiencyLevel expected)
    {
        var level = ReadingAssert.Is<LevelQuestion>(Seeds.Last(first, followUp), followUp);

        Assert.Equal(expected, level.Level);
    }

    [Fact]
    public void Read_InBetweenAfterComparingTheEnds_ComparesTheTwoInBetween()
    {
        var compare = ReadingAssert.Is<CompareQuestion>(Seeds.Last("compare level 1 with level 4", "and the ones in between?"));

        Assert.Equal((ProficiencyLevel.Developing, ProficiencyLevel.Proficient), (compare.Left, compare.Right));
    }

    [Fact]
    public void Read_InBetweenAfterADomainAtTwoLevels_IsThatDomainAtTheLevelsBetween()
    {
        var compare = ReadingAssert.Is<SectionCompareQuestion>(Seeds.Last("collaboration: entry level vs lead", "what's in between?"));

        Assert.Equal(("Collaboration", ProficiencyLevel.Developing, ProficiencyLevel.Proficient), (compare.Domain?.Name, compare.Left, compare.Right));
    }

    [Fact]
    public void Read_NewlyPromotedToALevel_IsThatLevelNotAMove()
    {
        var level = ReadingAssert.Is<LevelQuestion>(Seeds.SharedReader.Read("we have two newly promoted Advanced dispatchers, what does the framework expect of them?"));

        Assert.Equal(ProficiencyLevel.Advanced, level.Level);
    }

    [Fact]
    public void Read_MyLevelAfterOtherLevels_IsTheLevelTheSpeakerGaveEarlier()
    {
        var ai = ReadingAssert.Is<AiUsageQuestion>(Seeds.Last("I'm a mid-level dispatcher. What does the top level expect?", "and the one below that?", "how should I use AI at my level?"));

        Assert.Equal(ProficiencyLevel.Developing, ai.Level);
    }

    [Fact]
    public void Read_WhereAmIAfterADomainElsewhere_IsThatDomainAtTheSpeakersLevel()
    {
        var domain = ReadingAssert.Is<DomainQuestion>(Seeds.Last("I'm an entry-level dispatcher; what does collaboration look like for leads?", "and where am I on that?"));

        Assert.Equal(("Collaboration", ProficiencyLevel.Emerging), (domain.Domain.Name, domain.Level));
    }

    [Fact]
    public void Read_WhatsNextForMeWithNoLevelNamed_IsTheStepAfterWhereTheSpeakerIs()
    {
        var progression = ReadingAssert.Is<ProgressionQuestion>(Seeds.Last("I only started on the desk last month, what should I be able to do?", "how should I use AI?", "whats next for me after this"));

        Assert.Equal((ProficiencyLevel.Emerging, ProficiencyLevel.Developing), (progression.From, progression.To));
    }

    [Fact]
    public void Read_OtherWorkAfterPay_IsTheirPay()
    {
        ReadingAssert.Is<SalaryQuestion>(Seeds.Last("what's the average salary for a dispatcher?", "and 911 operators?"));
    }

    [Fact]
    public void Read_ScopeAskedAfterPay_IsTheScope()
    {
        ReadingAssert.Is<ScopeQuestion>(Seeds.Last("what's the average salary for a dispatcher?", "is ambulance dispatch even part of this framework?"));
    }
}
