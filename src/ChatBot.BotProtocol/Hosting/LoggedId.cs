using System.Globalization;
using System.Text;

namespace ChatBot.BotProtocol.Hosting;

/// <summary>
/// An id from the wire (an activity's, a conversation's) as it goes into a log. The caller chose it, so control,
/// format and line-separator characters (and the backslash) are written as <c>\uXXXX</c> (no forged log lines, no terminal escapes) and
/// it is cut at <see cref="MaxLength"/> characters. The work is done only when an entry is written.
/// </summary>
/// <param name="Value">The id as it arrived.</param>
public readonly record struct LoggedId(string? Value)
{
    /// <summary>Teams' longest ids (channel threads) are under 200 characters.</summary>
    public const int MaxLength = 256;

    /// <summary>Wraps an id for logging.</summary>
    /// <param name="value">The id as it arrived.</param>
    public static implicit operator LoggedId(string? value) => new(value);

    /// <summary>Wraps an id for logging.</summary>
    /// <param name="value">The id as it arrived.</param>
    /// <returns>The id, ready to log.</returns>
    public static LoggedId FromString(string? value) => new(value);

    /// <summary>The id with unsafe characters escaped and cut at <see cref="MaxLength"/>; "(null)" when there is none.</summary>
    /// <returns>The text to log.</returns>
    public override string ToString()
    {
        if (Value is null)
        {
            return "(null)";
        }

        var shown = Value.AsSpan(0, Math.Min(Value.Length, MaxLength));
        if (Value.Length <= MaxLength && !HasUnsafe(shown))
        {
            return Value;
        }

        var text = new StringBuilder(shown.Length + 16);
        foreach (var character in shown)
        {
            if (IsUnsafe(character))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)character:x4}");
            }
            else
            {
                text.Append(character);
            }
        }

        if (Value.Length > MaxLength)
        {
            text.Append(CultureInfo.InvariantCulture, $"…({Value.Length} characters)");
        }

        return text.ToString();
    }

    private static bool HasUnsafe(ReadOnlySpan<char> text)
    {
        foreach (var character in text)
        {
            if (IsUnsafe(character))
            {
                return true;
            }
        }

        return false;
    }

    // The backslash too, so an id that spells "\u000a" cannot pass for an escaped character.
    private static bool IsUnsafe(char character) =>
        character == '\\'
        || char.IsControl(character)
        || char.GetUnicodeCategory(character) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Surrogate;
}
