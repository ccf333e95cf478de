using ChatBot.Bot;
using ChatBot.BotProtocol.Hosting;
using ChatBot.Conversations;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Store;
using ChatBot.Knowledge.Understanding;
using ChatBot.Replies;
using ChatBot.Seeds;

var builder = WebApplication.CreateBuilder(args);

// The framework store: imported once from the seed folder, immutable afterwards.
builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton<SeedStoreLoader>();
builder.Services.AddSingleton(services => services.GetRequiredService<SeedStoreLoader>().Load());

// Understanding and answering, then the turn handler that turns answers into replies.
builder.Services.AddSingleton(services => new KnowledgeIndex(services.GetRequiredService<FrameworkStore>()));
builder.Services.AddSingleton<QuestionReader>();
builder.Services.AddSingleton<AnswerComposer>();
builder.Services.AddOptions<ReplyCacheOptions>().BindConfiguration(ReplyCacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton<ReplyCache>();
builder.Services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton<IConversationContextStore, MemoryConversationContextStore>();
builder.Services.AddSingleton<WelcomeLedger>();
builder.Services.AddSingleton<MessageExtension>();
builder.Services.AddSingleton<Feedback>();
builder.Services.AddSingleton<IBot, SkillsBot>();

// The Bot Framework protocol: the adapter, inbound authentication and the connector for replies.
builder.Services.AddBotFramework(builder.Configuration);
builder.Services.AddHealthChecks();

var app = builder.Build();

// Load the store before listening, so a bad seed folder stops start-up instead of the first turn.
app.Services.GetRequiredService<KnowledgeIndex>();

app.MapBotMessages("/api/messages");
app.MapHealthChecks("/healthz");

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the host tests.</summary>
public partial class Program;
