namespace ChatBot.Knowledge.Store;

/// <summary>What a store holds, for the start-up log line and the health of an import.</summary>
public sealed record StoreSummary(int Occupations, int Statements, int Citations, int ReferenceDocuments, int Warnings, int Errors);
