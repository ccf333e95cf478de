namespace ChatBot.Knowledge.Search;

/// <summary>A retrievable piece of text: a placed statement, an O*NET list item, or a reference paragraph, with its stems.</summary>
internal sealed record Bm25Document(object Source, IReadOnlyList<string> Stems);
