namespace ChatBot.Knowledge.Import;

/// <summary>A numbered line of a page list ("  3. text"), with any wrapped continuation lines joined.</summary>
internal sealed record NumberedItem(int Number, string Text);
