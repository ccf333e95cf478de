namespace ChatBot.Knowledge.Import;

/// <summary>Collects what does not add up in one file while it imports; the file still loads.</summary>
internal sealed class ImportWarnings
{
    private readonly List<string> _messages = [];

    public IReadOnlyList<string> Messages => _messages;

    public void Add(string message) => _messages.Add(message);
}
