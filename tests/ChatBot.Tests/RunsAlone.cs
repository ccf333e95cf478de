namespace ChatBot.Tests;

/// <summary>
/// Test classes that run with no other test beside them: a bound on response time should measure the bot, not a machine
/// busy with the rest of the suite.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "runs alone";
}
