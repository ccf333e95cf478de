namespace ChatBot.Knowledge.Understanding.Mentions;

/// <summary>What a level named in a message is to the person asking.</summary>
internal enum LevelRole
{
    /// <summary>The level asked about ("what does a proficient dispatcher do").</summary>
    Subject,

    /// <summary>The speaker's own level ("I'm mid-level").</summary>
    Speaker,

    /// <summary>Where someone is going ("to senior", "become a lead").</summary>
    Target,

    /// <summary>Where someone is coming from ("from developing", "beyond L2").</summary>
    Origin,

    /// <summary>Part of another person's title ("my team lead", "a senior colleague"): not what is asked.</summary>
    OtherPerson,
}
