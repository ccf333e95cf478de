using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// What the framework covers, and what its reference articles say about the boundary asked about. <paramref name="NamesExcludedWork"/>
/// when the question names work the framework leaves out (police, fire, ambulance, 911), not when it asks about the scope in general.
/// </summary>
public sealed record ScopeQuestion(OccupationFramework Framework, ImmutableArray<string> AskedAbout, bool NamesExcludedWork) : FrameworkQuestion(Framework)
{
    public override string Key => KeyOf("scope", QuestionKey.All(AskedAbout), NamesExcludedWork ? "excluded" : "");

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.Scope(this);
}
