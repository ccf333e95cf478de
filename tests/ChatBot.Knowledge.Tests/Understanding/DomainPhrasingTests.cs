using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Tests.Understanding;

/// <summary>The ten durable-skill domains, asked for by name, by everyday word, with or without a level.</summary>
public sealed class DomainPhrasingTests
{
    [Theory]
    [InlineData("comunication skills for juniors", "Communication", ProficiencyLevel.Emerging)]
    [InlineData("leadrship at senior level", "Leadership", ProficiencyLevel.Proficient)]
    [InlineData("what does metacognition look like at the applying level", "Metacognition", ProficiencyLevel.Proficient)]
    [InlineData("critical thinking - exceeding", "Critical Thinking", ProficiencyLevel.Advanced)]
    [InlineData("collaboration statements for L2", "Collaboration", ProficiencyLevel.Developing)]
    [InlineData("character for new dispatchers", "Character", ProficiencyLevel.Emerging)]
    [InlineData("mindfulness for experienced dispatchers", "Mindfulness", ProficiencyLevel.Proficient)]
    [InlineData("fortitude for leads", "Fortitude", ProficiencyLevel.Advanced)]
    [InlineData("Mindfulness skills for a lead dispatcher", "Mindfulness", ProficiencyLevel.Advanced)]
    [InlineData("What does Communication look like for a lead dispatcher?", "Communication", ProficiencyLevel.Advanced)]
    [InlineData("growth mindset - emerging", "Growth Mindset", ProficiencyLevel.Emerging)]
    [InlineData("critcal thinking at the exceeding level", "Critical Thinking", ProficiencyLevel.Advanced)]
    [InlineData("how should an intermediate dispatcher communicate?", "Communication", ProficiencyLevel.Developing)]
    [InlineData("leadership for a developing dispatcher 🙂", "Leadership", ProficiencyLevel.Developing)]
    [InlineData("creativity expectations at applying", "Creativity", ProficiencyLevel.Proficient)]
    [InlineData("Communication - Exceeding level please", "Communication", ProficiencyLevel.Advanced)]
    [InlineData("I'm putting together a coaching plan for one of our mid-level dispatchers who struggles when the phones go mad. What does the framework say about mindfulness for someone at her level?", "Mindfulness", ProficiencyLevel.Developing)]
    public void Read_DomainNameWithALevel_IsThatDomainAtThatLevel(string text, string domain, ProficiencyLevel level)
    {
        AssertDomain(text, domain, level);
    }

    [Theory]
    [InlineData("teamwork expectations for mid-level staff", "Collaboration", ProficiencyLevel.Developing)]
    [InlineData("resilience at level 1", "Fortitude", ProficiencyLevel.Emerging)]
    [InlineData("problem solving for senior dispatchers", "Critical Thinking", ProficiencyLevel.Proficient)]
    [InlineData("ethics and integrity for trainees", "Character", ProficiencyLevel.Emerging)]
    [InlineData("innovation expectations for L4", "Creativity", ProficiencyLevel.Advanced)]
    [InlineData("What does good self-awareness look like for an apprentice?", "Metacognition", ProficiencyLevel.Emerging)]
    [InlineData("collab skills for advanced", "Collaboration", ProficiencyLevel.Advanced)]
    [InlineData("how resilient should a senior be?", "Fortitude", ProficiencyLevel.Proficient)]
    [InlineData("prioritising under pressure - what's the leadership expectation for mid-level?", "Leadership", ProficiencyLevel.Developing)]
    public void Read_EverydayWordForADomainWithALevel_IsThatDomainAtThatLevel(string text, string domain, ProficiencyLevel level)
    {
        AssertDomain(text, domain, level);
    }

    [Theory]
    [InlineData("creativity?", "Creativity")]
    [InlineData("growth mindset across all levels", "Growth Mindset")]
    [InlineData("tell me about the Leadership domain", "Leadership")]
    [InlineData("Communication at every level", "Communication")]
    [InlineData("fortitude", "Fortitude")]
    [InlineData("what's metacognition in this framework", "Metacognition")]
    [InlineData("show me the character statements", "Character")]
    [InlineData("teamwork", "Collaboration")]
    public void Read_DomainWithoutALevel_IsThatDomainAtEveryLevel(string text, string domain)
    {
        var question = ReadingAssert.Is<DomainQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Equal((domain, (ProficiencyLevel?)null), (question.Domain.Name, question.Level));
    }

    [Theory]
    [InlineData("what are the durable skills")]
    [InlineData("list the skill domains")]
    [InlineData("which soft skills are in the framework?")]
    [InlineData("10 skill areas?")]
    [InlineData("what domains are there")]
    [InlineData("durable skils?")]
    public void Read_AskForTheDomains_IsTheDomainList(string text)
    {
        var list = ReadingAssert.Is<DomainListQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Null(list.Level);
    }

    [Theory]
    [InlineData("all the durable skills for a junior", ProficiencyLevel.Emerging)]
    [InlineData("soft skills expected at level 3", ProficiencyLevel.Proficient)]
    [InlineData("human skills for leads", ProficiencyLevel.Advanced)]
    [InlineData("durable skill domains at developing", ProficiencyLevel.Developing)]
    public void Read_AskForTheDomainsAtALevel_IsTheDomainListAtThatLevel(string text, ProficiencyLevel level)
    {
        var list = ReadingAssert.Is<DomainListQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Equal(level, list.Level);
    }

    private static void AssertDomain(string text, string domain, ProficiencyLevel level)
    {
        var question = ReadingAssert.Is<DomainQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Equal((domain, (ProficiencyLevel?)level), (question.Domain.Name, question.Level));
    }
}
