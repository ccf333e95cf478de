using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Tests.Understanding;

/// <summary>The page's AI-usage section and its evidence pack, asked about casually.</summary>
public sealed class SectionPhrasingTests
{
    [Theory]
    [InlineData("how are juniors expected to use AI?", ProficiencyLevel.Emerging)]
    [InlineData("chatgpt use at senior level", ProficiencyLevel.Proficient)]
    [InlineData("AI at level 2", ProficiencyLevel.Developing)]
    [InlineData("how should a lead dispatcher be using genAI", ProficiencyLevel.Advanced)]
    [InlineData("copilot expectations for apprentices", ProficiencyLevel.Emerging)]
    [InlineData("AI for mid level?", ProficiencyLevel.Developing)]
    [InlineData("use of artificial intelligence by experienced dispatchers", ProficiencyLevel.Proficient)]
    [InlineData("what's the AI stuff for advanced", ProficiencyLevel.Advanced)]
    [InlineData("How r proficent dispatchers supposed to use AI tools", ProficiencyLevel.Proficient)]
    [InlineData("Are trainees allowed to use ChatGPT?", ProficiencyLevel.Emerging)]
    [InlineData("how should seniors be utilising AI", ProficiencyLevel.Proficient)]
    [InlineData("how are our leads meant to use tools like ChatGPT?", ProficiencyLevel.Advanced)]
    [InlineData("we're rolling out Copilot across the ops floor next quarter 🤖 - what does the framework expect from developing dispatchers when it comes to AI?", ProficiencyLevel.Developing)]
    public void Read_AiAtALevel_IsAiUsageAtThatLevel(string text, ProficiencyLevel level)
    {
        var ai = ReadingAssert.Is<AiUsageQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Equal(level, ai.Level);
    }

    [Theory]
    [InlineData("how does AI usage change across levels")]
    [InlineData("ai usage per level")]
    [InlineData("what does the framework say about AI?")]
    [InlineData("AI expectations")]
    [InlineData("how do dispatchers use generative AI")]
    public void Read_AiWithoutALevel_IsAiUsageAtEveryLevel(string text)
    {
        var ai = ReadingAssert.Is<AiUsageQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Null(ai.Level);
    }

    [Theory]
    [InlineData("how many task observations are there", "Task observations")]
    [InlineData("what's the augment share", "Augment share")]
    [InlineData("augmentation %?", "Augment share")]
    [InlineData("time saved figure", "Time saved")]
    [InlineData("how much time does AI save?", "Time saved")]
    [InlineData("AI autonomy score?", "AI autonomy")]
    [InlineData("safi score", "Score")]
    [InlineData("which SAFI quadrant is this job in", "Quadrant")]
    [InlineData("what's the top skill according to SAFI", "Top skill")]
    [InlineData("WEF cluster?", "WEF cluster")]
    [InlineData("how autonomous is the AI in this job - what's the figure?", "AI autonomy")]
    [InlineData("whats the augment shar", "Augment share")]
    public void Read_OneEvidenceFact_IsTheEvidencePackWithThatFact(string text, string fact)
    {
        var evidence = ReadingAssert.Is<EvidenceQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Equal(fact, evidence.FactLabel, ignoreCase: true);
    }

    [Theory]
    [InlineData("show me the evidence pack")]
    [InlineData("evidence pack numbers pls")]
    [InlineData("how automatable is this job")]
    public void Read_EvidenceInGeneral_IsTheEvidencePack(string text)
    {
        ReadingAssert.Is<EvidenceQuestion>(Seeds.SharedReader.Read(text), text);
    }
}
