namespace ChatBot.SyntheticSeeds;

/// <summary>A title's middle word ("Cargo") and the kind of things that field handles.</summary>
internal sealed record FieldWord(string Word, ObjectKind Kind);
