namespace ChatBot.SyntheticSeeds;

/// <summary>A statement title's head ("triage") and the description that goes with it ("triage {fo}").</summary>
/// <param name="Head">The title's last words, lower case.</param>
/// <param name="Template">The description; {fo} is a field object ("cargo shipments"), {o} the title's object word.</param>
internal sealed record HeadPhrase(string Head, string Template);
