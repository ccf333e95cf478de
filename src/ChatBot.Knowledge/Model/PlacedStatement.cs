namespace ChatBot.Knowledge.Model;

/// <summary>A statement together with where it sits in its framework.</summary>
public sealed record PlacedStatement(Statement Statement, StatementPlace Place);
