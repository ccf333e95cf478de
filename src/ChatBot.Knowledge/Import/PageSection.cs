using System.Text.RegularExpressions;

namespace ChatBot.Knowledge.Import;

/// <summary>One section of a framework page: its heading line and the lines under it.</summary>
internal sealed record PageSection(PageSectionKind Kind, string Heading, Match? DomainHeader, IReadOnlyList<string> Lines);
