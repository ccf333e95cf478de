namespace ChatBot.Soak;

/// <summary>
/// How long an answer took: from when its request was due (the open-loop figure, which counts any wait for the
/// conversation's previous turn and the timer's millisecond) and from when it was actually sent.
/// </summary>
internal readonly record struct Latency(TimeSpan FromSchedule, TimeSpan FromSend);
