using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Tests.Understanding;

/// <summary>The O*NET lists (tasks, technology, skills, knowledge, abilities, work styles, related titles) and single-item checks.</summary>
public sealed class ListPhrasingTests
{
    [Theory]
    [InlineData("what are the tasks", OnetList.Tasks)]
    [InlineData("main duties of a dispatcher?", OnetList.Tasks)]
    [InlineData("list the O*NET tasks", OnetList.Tasks)]
    [InlineData("key responsibilities for this job", OnetList.Tasks)]
    [InlineData("taks list pls", OnetList.Tasks)]
    [InlineData("what tech do they use", OnetList.Technology)]
    [InlineData("which software tools are listed", OnetList.Technology)]
    [InlineData("what software do dispatchers use day to day", OnetList.Technology)]
    [InlineData("technolgy list", OnetList.Technology)]
    [InlineData("O*NET skills", OnetList.Skills)]
    [InlineData("what skills does O*NET list for this job", OnetList.Skills)]
    [InlineData("knowledge areas?", OnetList.KnowledgeDomains)]
    [InlineData("what knowledge do they need", OnetList.KnowledgeDomains)]
    [InlineData("abilities pls", OnetList.Abilities)]
    [InlineData("required abilities for the role", OnetList.Abilities)]
    [InlineData("work styles", OnetList.WorkStyles)]
    [InlineData("what personality traits suit this job", OnetList.WorkStyles)]
    [InlineData("workstyles?", OnetList.WorkStyles)]
    [InlineData("related job titles", OnetList.RelatedTitles)]
    [InlineData("what other job titles are there for this?", OnetList.RelatedTitles)]
    [InlineData("other names for this role", OnetList.RelatedTitles)]
    [InlineData("Our recruiters want to advertise under a few different names, so which alternative titles does O*NET give for this occupation?", OnetList.RelatedTitles)]
    public void Read_AskForAList_IsThatList(string text, OnetList expected)
    {
        var list = ReadingAssert.Is<ListQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Equal(expected, list.List);
    }

    [Theory]
    [InlineData("is GIS in the tech list?", OnetList.Technology, "gis", "Geographic information system")]
    [InlineData("do they use CRM software?", OnetList.Technology, "crm", "Customer relationship management CRM software")]
    [InlineData("is mobile location software listed under technology", OnetList.Technology, "mobile", "Mobile location based services software")]
    [InlineData("is helpdesk software one of the technologies", OnetList.Technology, "helpdesk", "Helpdesk or call center software")]
    [InlineData("is preparing run schedules one of the tasks?", OnetList.Tasks, "run", "Prepare daily work and run schedules")]
    [InlineData("is arranging repairs among the tasks", OnetList.Tasks, "repair", "Arrange for necessary repairs to restore service and schedules")]
    [InlineData("is active listening one of the O*NET skills", OnetList.Skills, "listening", "Active Listening")]
    [InlineData("is transportation a knowledge area?", OnetList.KnowledgeDomains, "transportation", "Transportation")]
    [InlineData("is speech clarity one of the abilities", OnetList.Abilities, "speech", "Speech Clarity")]
    [InlineData("is stress tolerance one of the work styles?", OnetList.WorkStyles, "stress", "Stress Tolerance")]
    public void Read_ItemThatIsListed_IsAnItemCheckThatFindsIt(string text, OnetList list, string itemWord, string listed)
    {
        var item = ReadingAssert.Is<ListItemQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Equal(list, item.List);
        Assert.Contains(itemWord, item.Item, StringComparison.OrdinalIgnoreCase);
        Assert.True(item.Matches.Any(match => match.StartsWith(listed, StringComparison.OrdinalIgnoreCase)), $"'{text}': expected a match on '{listed}' but read {ReadingAssert.Describe(item)}");
    }

    [Theory]
    [InlineData("is excel listed under software?", OnetList.Technology, "excel")]
    [InlineData("is salesforce one of the tools", OnetList.Technology, "salesforce")]
    [InlineData("is driving the truck one of the duties?", OnetList.Tasks, "driving")]
    [InlineData("is coding one of the listed skills", OnetList.Skills, "coding")]
    [InlineData("is leadership one of the work styles", OnetList.WorkStyles, "leadership")]
    [InlineData("is mathematics one of the knowledge areas?", OnetList.KnowledgeDomains, "mathematics")]
    public void Read_ItemThatIsNotListed_IsAnItemCheckThatFindsNothing(string text, OnetList list, string itemWord)
    {
        var item = ReadingAssert.Is<ListItemQuestion>(Seeds.SharedReader.Read(text), text);

        Assert.Equal(list, item.List);
        Assert.Contains(itemWord, item.Item, StringComparison.OrdinalIgnoreCase);
        Assert.True(item.Matches.IsEmpty, $"'{text}': expected no match but read {ReadingAssert.Describe(item)}");
    }
}
