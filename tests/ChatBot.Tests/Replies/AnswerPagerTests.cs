using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;
using ChatBot.Replies;
using ChatBot.Replies.Views;

namespace ChatBot.Tests.Replies;

public sealed class AnswerPagerTests : IDisposable
{
    private const int SmallBudget = 15_000;
    private readonly BotApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public void Split_AnswerOverTheBudget_PutsEveryStatementOnExactlyOnePartWithinTheBudget()
    {
        var view = DurableSkillsView();

        var parts = AnswerPager.Split(view, "durable skills for mid-level", AnswerReplyBuilder.CardReplySize, SmallBudget);

        Assert.True(parts.Count >= 2);
        Assert.All(parts, part => Assert.True(AnswerReplyBuilder.CardReplySize(part) <= SmallBudget));
        Assert.Equal(DurableStatementsAtDeveloping(), Statements(view.Blocks).Count);
        Assert.Equal(Statements(view.Blocks), parts.SelectMany(part => Statements(part.Blocks)));
    }

    [Fact]
    public void Split_EveryPartButTheLast_EndsWithShowMoreAskingTheSelfContainedQuestion()
    {
        var view = DurableSkillsView();

        var parts = AnswerPager.Split(view, "durable skills for mid-level", AnswerReplyBuilder.CardReplySize, SmallBudget);

        for (var i = 0; i < parts.Count - 1; i++)
        {
            var more = parts[i].NextQuestions[0];
            Assert.Equal((i + 2, "Durable skills at the Developing level"), (more.Part, more.Question));
            Assert.StartsWith("Show more", more.Title, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(parts[^1].NextQuestions, question => question.Title.StartsWith("Show more", StringComparison.Ordinal));
        Assert.EndsWith($"(part {parts.Count} of {parts.Count})", parts[^1].Heading, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_AnswerWithinTheBudget_IsOnePartUnchanged()
    {
        var view = DurableSkillsView();

        var parts = AnswerPager.Split(view, "q", AnswerReplyBuilder.CardReplySize);

        Assert.Same(view, Assert.Single(parts));
    }

    private AnswerView DurableSkillsView()
    {
        var knowledge = _app.Knowledge.Index;
        var framework = knowledge.Store.Frameworks[0];
        var answer = new AnswerComposer(knowledge).Compose(new DomainListQuestion(framework, ProficiencyLevel.Developing));
        return AnswerViews.For(answer);
    }

    private int DurableStatementsAtDeveloping() =>
        _app.Knowledge.Store.Frameworks[0].Domains.SelectMany(domain => domain.Groups).Where(group => group.Level == ProficiencyLevel.Developing).Sum(group => group.Statements.Length);

    /// <summary>The statements of the blocks, sections opened, in order.</summary>
    private static List<string> Statements(IEnumerable<ViewBlock> blocks) =>
        [.. blocks.SelectMany(block => block is SectionBlock section ? section.Blocks : [block])
            .OfType<StatementsBlock>().SelectMany(block => block.Statements).Select(statement => $"{statement.Title} — {statement.Description}")];
}
