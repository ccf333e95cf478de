using System.Text.Json;

namespace ChatBot.Replies;

/// <summary>What a message asks: the question, and which part of a long answer (1 unless "Show more" was clicked).</summary>
internal sealed record ReplyRequest(string Question, int Part = 1)
{
    /// <summary>
    /// The request a button's data makes (<c>{"question": ..., "part": n}</c>, as an Action.Execute carries it and an
    /// Action.Submit delivers it as the message's value); null when the data holds no question.
    /// </summary>
    public static ReplyRequest? FromButtonData(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("question", out var question) || question.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var part = data.TryGetProperty("part", out var number) && number.ValueKind == JsonValueKind.Number && number.TryGetInt32(out var parsed) ? parsed : 1;
        return new ReplyRequest(question.GetString() ?? "", part);
    }
}
