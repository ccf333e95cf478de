namespace ChatBot.Knowledge.Understanding.Intents;

/// <summary>What an intent needs filled before it can be built.</summary>
[Flags]
internal enum Slot
{
    None = 0,

    /// <summary>A level asked about (or the conversation's, when the message continues it).</summary>
    Level = 1,

    /// <summary>Two levels to compare.</summary>
    Pair = 2,

    /// <summary>A move from one level to another.</summary>
    Move = 4,
    Domain = 8,
    Statement = 16,
    List = 32,

    /// <summary>Words naming an item of a list.</summary>
    Item = 64,
    RelatedTitle = 128,

    /// <summary>A described person placed on the ladder.</summary>
    Fit = 256,

    /// <summary>Words left to search for.</summary>
    Terms = 512,

    /// <summary>The previous answer's statements.</summary>
    PreviousItems = 1024,

    /// <summary>A position in the previous answer ("the second one").</summary>
    Position = 2048,

    /// <summary>A message that continues what the previous answer was about.</summary>
    Continuation = 4096,
}
