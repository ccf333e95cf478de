using ChatBot.Knowledge.Understanding;
using Microsoft.Extensions.Caching.Memory;

namespace ChatBot.Replies;

/// <summary>
/// Rendered reply content by what the question asks (<see cref="QuestionKey"/>), whether the channel renders cards, and
/// the part of a long answer: a channel full of people clicking the same card renders it once. The cache is an
/// <see cref="IMemoryCache"/> of its own whose size limit counts the content's JSON bytes and its serialized template, so a catalogue of a thousand
/// occupations cannot grow it past the setting.
/// </summary>
internal sealed class ReplyCache : IDisposable
{
    private readonly MemoryCache _cache;

    public ReplyCache(ReplyCacheOptions options) =>
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.CacheMegabytes * 1024L * 1024L, CompactionPercentage = 0.1 });

    /// <summary>The cached reply for <paramref name="question"/>, or what <paramref name="build"/> makes of it, kept when it depends on the question alone.</summary>
    public PreparedReply GetOrBuild<TState>(Question question, bool rendersCards, int part, TState state, Func<TState, ReplyContent> build)
    {
        var key = new ReplyKey(QuestionKey.Of(question), rendersCards, part);
        if (_cache.TryGetValue(key, out PreparedReply? cached) && cached is not null)
        {
            return cached;
        }

        var content = build(state);
        if (!content.DependsOnlyOnQuestion)
        {
            return PreparedReply.Single(content);
        }

        var prepared = PreparedReply.Shared(content);
        _cache.Set(key, prepared, new MemoryCacheEntryOptions { Size = prepared.Bytes });
        return prepared;
    }

    public void Dispose() => _cache.Dispose();

    private readonly record struct ReplyKey(string Question, bool RendersCards, int Part);
}
