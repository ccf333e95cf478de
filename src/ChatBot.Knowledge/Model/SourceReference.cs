namespace ChatBot.Knowledge.Model;

/// <summary>An entry of a framework's source list, with a URL only where the source document gives one.</summary>
public sealed record SourceReference(string Name, Uri? Url = null);
