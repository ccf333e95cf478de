namespace ChatBot.Knowledge.Import;

/// <summary>A seed file cannot be imported; the message says what is wrong in words a person editing the file can act on.</summary>
public sealed class SeedFormatException : Exception
{
    public SeedFormatException(string message)
        : base(message)
    {
    }

    public SeedFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SeedFormatException()
    {
    }
}
