using System.Collections.Immutable;

namespace ChatBot.Knowledge.Search;

/// <summary>A related job title ("Cab Starter") and the framework it points to.</summary>
internal sealed record RelatedTitle(string Title, ImmutableArray<string> Stems, FrameworkIndex Framework);
