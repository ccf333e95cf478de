using System.Security;

namespace ChatBot.Cards;

/// <summary>Text for a card's <c>speak</c>, which clients may read as SSML: XML characters are escaped.</summary>
internal static class Speech
{
    public static string Escape(string text) => SecurityElement.Escape(text) ?? "";
}
