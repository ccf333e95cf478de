using ChatBot.Knowledge.Answers;

namespace ChatBot.Replies.Views;

/// <summary>Views built on reference articles: the framework's boundary, and pay, which the framework never states.</summary>
internal static class ReferenceViews
{
    public static AnswerView Scope(ScopeAnswer answer)
    {
        var framework = answer.Framework;
        var excluded = ExcludedPart(framework.Occupation.Title);
        var detail = $"It covers {Lower(framework.ContextCovered) ?? "the occupation its title names"}" + (excluded is null ? "" : $" Its title excludes {excluded}.");

        // Only work the framework leaves out gets a verdict; "who is this for?" or "fleet dispatchers?" gets what it covers.
        var verdict = answer.NamesExcludedWork ? $"Not what this framework describes. {detail}" : detail;
        var blocks = answer.NamesExcludedWork
            ? new List<ViewBlock> { new NoteBlock("Not what this framework describes.", Emphasis: true), new NoteBlock(detail, QuotesFramework: true) }
            : [new NoteBlock(detail, Emphasis: true, QuotesFramework: true)];
        blocks.AddRange(answer.Passages.Select(passage => new QuoteBlock(passage.Heading, passage.Text, passage.Document.Title)));
        return new AnswerView
        {
            Framework = framework,
            Heading = "What this framework covers",
            Subheading = answer.AskedAbout.IsEmpty ? null : $"Asked about: {string.Join(", ", answer.AskedAbout)}",
            Lead = verdict,
            Blocks = [.. blocks],
            Sources = answer.Sources,
            NextQuestions = [new NextQuestion("Pay compared", "What do they earn compared with 911 operators?"), new NextQuestion("Related titles", "List the related titles"), Ask.Help],
        };
    }

    public static AnswerView Salary(SalaryAnswer answer)
    {
        var byLevel = answer.Level is { } level ? $" It has no pay for the {level} level or any other." : "";
        var blocks = new List<ViewBlock>
        {
            new NoteBlock($"The framework itself holds no pay figures.{byLevel} What its reference article says (its averages are for dispatchers in general, public-safety dispatchers included, not for this framework's levels):", Emphasis: true),
        };
        blocks.AddRange(answer.Passages.Select(passage => new QuoteBlock(passage.Heading, passage.Text, passage.Document.Title)));
        var lead = answer.Passages.IsEmpty
            ? "The framework holds no pay figures, and no reference article gives any."
            : $"The framework holds no pay figures; the article \"{answer.Passages[0].Document.Title}\" says: {string.Join(" ", answer.Passages.Select(passage => passage.Text))}";
        return new AnswerView
        {
            Framework = answer.Framework,
            Heading = "Pay",
            Subheading = "From a reference article, not from the framework",
            Lead = lead,
            Blocks = answer.Passages.IsEmpty ? [new NoteBlock(lead)] : [.. blocks],
            Sources = answer.Sources,
            NextQuestions = [new NextQuestion("What is covered", "Is 911 dispatch covered?"), Ask.Help],
        };
    }

    /// <summary>Education and certification: the framework states none; what its reference article says, quoted.</summary>
    public static AnswerView Education(EducationAnswer answer)
    {
        var blocks = new List<ViewBlock> { new NoteBlock("The framework itself sets no education or certification requirements. What its reference article says:", Emphasis: true) };
        blocks.AddRange(answer.Passages.Select(passage => new QuoteBlock(passage.Heading, passage.Text, passage.Document.Title)));
        var lead = answer.Passages.IsEmpty
            ? "The framework sets no education or certification requirements, and no reference article gives any."
            : $"The framework sets no education requirements; the article \"{answer.Passages[0].Document.Title}\" says: {answer.Passages[0].Text}";
        return new AnswerView
        {
            Framework = answer.Framework,
            Heading = "Education and certification",
            Subheading = "From a reference article, not from the framework",
            Lead = lead,
            Blocks = answer.Passages.IsEmpty ? [new NoteBlock(lead)] : [.. blocks],
            Sources = answer.Sources,
            NextQuestions = [Ask.Level(Knowledge.Model.ProficiencyLevel.Emerging), new NextQuestion("What is covered", "Who is this framework for?"), Ask.Help],
        };
    }

    /// <summary>"Dispatchers, Except Police, Fire, and Ambulance" → "Police, Fire, and Ambulance".</summary>
    private static string? ExcludedPart(string title)
    {
        var except = title.IndexOf("Except ", StringComparison.OrdinalIgnoreCase);
        return except < 0 ? null : title[(except + "Except ".Length)..].Trim().TrimEnd('.');
    }

    private static string? Lower(string? contextCovered)
    {
        const string Opening = "This framework covers ";
        return contextCovered is null ? null
            : contextCovered.StartsWith(Opening, StringComparison.Ordinal) ? contextCovered[Opening.Length..] : contextCovered;
    }
}
