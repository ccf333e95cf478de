using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>Where a statement sits, enough to find it again in its framework: section, level, domain and position.</summary>
public sealed record StatementRef(StatementSection Section, ProficiencyLevel Level, string? DomainName, int Position)
{
    public static StatementRef Of(PlacedStatement placed) =>
        new(placed.Place.Section, placed.Place.Level, placed.Place.DomainName, placed.Statement.Position);

    /// <summary>The statement in <paramref name="framework"/>, or null when the framework has changed since.</summary>
    public PlacedStatement? Find(OccupationFramework framework) =>
        framework.PlacedStatements().FirstOrDefault(placed =>
            placed.Place.Section == Section && placed.Place.Level == Level && placed.Statement.Position == Position &&
            string.Equals(placed.Place.DomainName, DomainName, StringComparison.Ordinal));
}
