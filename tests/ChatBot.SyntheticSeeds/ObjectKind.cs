namespace ChatBot.SyntheticSeeds;

/// <summary>What a title's field deals in, which decides the things its statements and tasks talk about.</summary>
internal enum ObjectKind
{
    Goods,
    Paperwork,
    Plant,
    Services,
}
