using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Tests.Answers;

/// <summary>
/// A scope answer quotes where the article draws the line between dispatchers and 911 operators, not what either
/// earns: pay is the pay answer's, and a person checking the boundary did not ask for it.
/// </summary>
public sealed class ScopeAnswerTests
{
    private readonly AnswerComposer _composer = new(new KnowledgeIndex(Seeds.LoadStore()));
    private readonly OccupationFramework _framework = Seeds.Dispatchers();

    [Fact]
    public void Compose_911Boundary_QuotesTheArticleWithoutItsPaySentences()
    {
        var answer = Assert.IsType<ScopeAnswer>(_composer.Compose(new ScopeQuestion(_framework, ["911"], true)));

        Assert.NotEmpty(answer.Passages);
        Assert.Contains(answer.Passages, passage => passage.Text.Contains("911 operators work in the public safety field", StringComparison.Ordinal));
        Assert.DoesNotContain(answer.Passages, passage => passage.Text.Contains('$', StringComparison.Ordinal) || passage.Text.Contains("salary", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Compose_911Boundary_QuotesOnlyTheArticlesOwnSentences()
    {
        var article = Seeds.LoadStore().References.Single().Sections.SelectMany(section => section.Paragraphs).ToList();

        var answer = Assert.IsType<ScopeAnswer>(_composer.Compose(new ScopeQuestion(_framework, ["911"], true)));

        Assert.All(answer.Passages.SelectMany(passage => passage.Text.Split(" … ")), part => Assert.Contains(article, paragraph => paragraph.Contains(part, StringComparison.Ordinal)));
    }
}
