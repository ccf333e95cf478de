using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Import;

/// <summary>
/// Reads an article saved as text. Blocks are separated by blank lines; the title is the first heading-like block
/// of four or more words (site chrome such as "Job Search" comes before it); a heading is a short line without a
/// closing full stop; the paragraph right under the title is its standfirst; headings with no paragraph after them
/// (links to other articles) are dropped. Two blank lines in a row mark a heading the export lost, so the
/// paragraphs after them start an untitled section instead of joining the previous one.
/// </summary>
internal static class ReferenceDocumentParser
{
    private const int MaxHeadingLength = 90;
    private const string SectionBreak = "";

    public static ReferenceDocument Parse(string fileName, IReadOnlyList<string> lines)
    {
        var blocks = Blocks(lines);
        var titleIndex = blocks.FindIndex(block => block.Length > 0 && IsHeading(block) && WordCount(block) >= 4);
        if (titleIndex < 0)
        {
            throw new SeedFormatException("not a framework export, framework page or article: no title line found");
        }

        var rest = blocks.Skip(titleIndex + 1).ToList();
        string? summary = null;
        if (rest.Count > 1 && rest[0].Length > 0 && !IsHeading(rest[0]))
        {
            summary = rest[0];
            rest.RemoveAt(0);
        }

        var sections = new List<DocumentSection>();
        string? heading = null;
        var paragraphs = new List<string>();
        foreach (var block in rest)
        {
            if (block.Length == 0)
            {
                Flush();
            }
            else if (IsHeading(block))
            {
                Flush();
                heading = block;
            }
            else
            {
                paragraphs.Add(block);
            }
        }

        Flush();
        if (sections.Count == 0)
        {
            throw new SeedFormatException("an article with a title but no paragraphs");
        }

        return new ReferenceDocument { FileName = fileName, Title = blocks[titleIndex], Summary = summary, Sections = [.. sections] };

        void Flush()
        {
            if (paragraphs.Count > 0)
            {
                sections.Add(new DocumentSection(heading, [.. paragraphs]));
            }

            paragraphs = [];
            heading = null;
        }
    }

    private static List<string> Blocks(IReadOnlyList<string> lines)
    {
        var blocks = new List<string>();
        var current = new List<string>();
        var blankLines = 0;
        foreach (var line in lines.Append(""))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                if (current.Count > 0)
                {
                    blocks.Add(string.Join(' ', current));
                    current.Clear();
                    blankLines = 1;
                }
                else if (++blankLines == 2 && blocks.Count > 0)
                {
                    blocks.Add(SectionBreak);
                }
            }
            else
            {
                blankLines = 0;
                current.Add(line.Trim());
            }
        }

        return blocks;
    }

    private static bool IsHeading(string block) =>
        block.Length <= MaxHeadingLength && !block.EndsWith('.');

    private static int WordCount(string block) => block.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
