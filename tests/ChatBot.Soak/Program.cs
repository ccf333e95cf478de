using System.Diagnostics;
using ChatBot.Knowledge.Store;
using ChatBot.Soak;

// The soak driver: run by tests/soak/run.sh against a bot it has started (see tests/soak/README.md).
SoakOptions options;
try
{
    options = SoakOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine($"{exception.Message}\n{SoakOptions.Usage}");
    return 2;
}

// What every answer must say comes from the seed store, loaded with the bot's own importer.
var store = FrameworkStore.Load(options.SeedsPath);
var framework = store.Frameworks.FirstOrDefault(candidate => candidate.Occupation.Title.StartsWith(options.Occupation, StringComparison.OrdinalIgnoreCase));
if (framework is null)
{
    Console.Error.WriteLine($"No framework in {options.SeedsPath} whose title starts with '{options.Occupation}'.");
    return 2;
}

var book = new QuestionBook(framework, options.Occupation);

// The contexts-held gauge, read over EventPipe for the whole run.
using var contexts = ContextGauge.Start(options.BotProcessId);
using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = LoadDriver.InFlight })
{
    Timeout = TimeSpan.FromSeconds(10),
};

// The load, with resident memory read at 10 s, every 10 s after, and at the end of the duration.
var results = new SoakResults();
var driver = new LoadDriver(http, options, book, results);
var start = Stopwatch.GetTimestamp();
var memory = ResidentMemory.SampleAsync(options.BotProcessId, start, options.MemorySampleTimes());
var answers = await driver.SendAllAsync(start);
var sendingTime = Stopwatch.GetElapsedTime(start);
var samples = await memory;

// Bounded: answers still missing 30 s after the last request count as failed.
await Task.WhenAny(answers, Task.Delay(TimeSpan.FromSeconds(30)));
await Task.Delay(TimeSpan.FromSeconds(1.5));
contexts.Dispose();

var report = new SoakReport
{
    Options = options,
    Results = results,
    Sent = options.TotalRequests,
    SendingTime = sendingTime,
    ConversationsDriven = driver.ConversationsDriven,
    TurnsPerConversation = driver.TurnsPerConversation,
    Memory = samples,
    Contexts = contexts,
};
return report.Print(Console.Out).Count == 0 ? 0 : 1;
