using ChatBot.BotProtocol.Connector;
using Microsoft.Extensions.Options;

namespace ChatBot.BotProtocol;

/// <summary>Refuses settings the layer cannot honour, so the host fails at start-up rather than on the first request.</summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        if (!options.IsAnonymous)
        {
            failures.Add(
                "MicrosoftAppId is set, but authenticated mode (validating Bot Framework tokens and sending outbound " +
                "tokens) arrives with the authentication issue and is not available yet. Leave MicrosoftAppId empty " +
                "for local development.");
        }

        if (options.MaxRequestBodyBytes <= 0)
        {
            failures.Add($"{BotFrameworkOptions.SectionName}:MaxRequestBodyBytes must be a positive number of bytes.");
        }

        for (var i = 0; i < options.AllowedServiceUrls.Count; i++)
        {
            if (!ServiceUrlPolicy.IsValidAllowListEntry(options.AllowedServiceUrls[i]))
            {
                failures.Add(
                    $"{BotFrameworkOptions.SectionName}:AllowedServiceUrls:{i} is neither an absolute http(s) URL " +
                    "without user info nor a host name.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
