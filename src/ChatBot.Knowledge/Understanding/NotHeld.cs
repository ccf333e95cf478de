namespace ChatBot.Knowledge.Understanding;

/// <summary>What people ask that no framework holds, and the bot says so rather than invent it.</summary>
public enum NotHeld
{
    /// <summary>How long a move between levels takes.</summary>
    Duration,

    /// <summary>Writing a job ad or a job description.</summary>
    JobAd,

    /// <summary>Training courses, a curriculum, a learning plan, checklists, quizzes or other materials.</summary>
    Training,

    /// <summary>Interview questions.</summary>
    Interview,

    /// <summary>Pay at a level (the articles give pay for the occupation in general, if at all).</summary>
    PayByLevel,
}
