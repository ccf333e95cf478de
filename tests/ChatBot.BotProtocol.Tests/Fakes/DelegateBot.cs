using ChatBot.BotProtocol.Hosting;

namespace ChatBot.BotProtocol.Tests.Fakes;

/// <summary>A bot whose turn is a delegate; counts its turns.</summary>
internal sealed class DelegateBot(Func<ITurnContext, CancellationToken, Task> onTurn) : IBot
{
    public int Turns { get; private set; }

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Turns++;
        await onTurn(turnContext, cancellationToken);
    }

    public static DelegateBot Echo() =>
        new((turn, ct) => turn.SendActivityAsync(turn.Activity.CreateReply($"echo: {turn.Activity.Text}"), ct));
}
