using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Replies.Views;

/// <summary>Views for what the framework holds only in part, and for a message with two readings.</summary>
internal static class PartialViews
{
    /// <summary>What the framework does not hold, said first and plainly, then what it does hold that helps.</summary>
    public static AnswerView Partial(PartialAnswer answer)
    {
        var views = answer.Held.Select(AnswerViews.For).ToList();
        var inner = views.Count == 0 ? null : views[0];
        var level = inner?.Heading;
        var note = answer.Missing switch
        {
            NotHeld.Duration => "The framework does not say how long it takes to move between levels: it describes what each level expects, not time in role.",
            NotHeld.JobAd => "I quote the framework rather than write a job ad" + (inner is null ? ". Name a level and I will show what it lists, word for word." : ": here is what it lists, word for word, to draw on."),
            NotHeld.Training => "The framework holds no training courses, curriculum, checklists or quizzes: it states what each level expects, which such material can be built around.",
            NotHeld.Interview => "The framework holds no interview questions: it states what each level expects, which questions can be built on.",
            _ => "The framework does not hold pay by level.",
        };
        if (inner is null)
        {
            return new AnswerView
            {
                Framework = answer.Framework,
                Heading = "Not in the framework",
                Lead = note,
                Blocks = [new NoteBlock(note, Emphasis: true)],
                NextQuestions = [.. Enum.GetValues<Knowledge.Model.ProficiencyLevel>().Select(Ask.Level)],
            };
        }

        return inner with
        {
            Lead = $"{note} {inner.Lead}",
            Blocks = [new NoteBlock(note, Emphasis: true), .. views.SelectMany(view => view.Blocks)],
            Sources = [.. views.SelectMany(view => view.Sources).DistinctBy(source => source.Name)],
            Subheading = inner.Subheading ?? level,
        };
    }

    /// <summary>Two questions in one message: each answer in turn, under its own heading.</summary>
    public static AnswerView Combined(CombinedAnswer answer)
    {
        var views = answer.Parts.Select(AnswerViews.For).ToList();
        var first = views[0];
        return first with
        {
            Heading = string.Join(" · ", views.Select(view => view.Heading)),
            Lead = string.Join(" ", views.Select(view => view.Lead)),
            Blocks = [.. views.SelectMany((view, index) => index == 0 ? view.Blocks : [new NoteBlock(view.Heading, Emphasis: true), .. view.Blocks])],
            Sources = [.. views.SelectMany(view => view.Sources).DistinctBy(source => source.Name)],
            NextQuestions = [.. views.SelectMany(view => view.NextQuestions).DistinctBy(next => next.Question).Take(6)],
            SelfContainedQuestion = null,
        };
    }
}
