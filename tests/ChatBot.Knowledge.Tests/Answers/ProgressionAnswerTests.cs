using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Tests.Answers;

/// <summary>A move up the ladder shows where it ends and, when it skips a level, the level passed on the way.</summary>
public sealed class ProgressionAnswerTests
{
    private readonly AnswerComposer _composer = new(new KnowledgeIndex(Seeds.LoadStore()));
    private readonly OccupationFramework _framework = Seeds.Dispatchers();

    [Fact]
    public void Compose_MoveSkippingALevel_ShowsTheLevelOnTheWay()
    {
        var answer = Assert.IsType<ProgressionAnswer>(_composer.Compose(new ProgressionQuestion(_framework, ProficiencyLevel.Emerging, ProficiencyLevel.Proficient)));

        Assert.Equal([ProficiencyLevel.Developing], answer.Between.Select(level => level.Level));
        Assert.Equal(ProficiencyLevel.Proficient, answer.To.Level);
    }

    [Fact]
    public void Compose_OneStep_PassesNoLevel()
    {
        var answer = Assert.IsType<ProgressionAnswer>(_composer.Compose(new ProgressionQuestion(_framework, ProficiencyLevel.Developing, ProficiencyLevel.Proficient)));

        Assert.Empty(answer.Between);
    }
}
