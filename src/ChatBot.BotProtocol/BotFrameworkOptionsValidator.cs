using ChatBot.BotProtocol.Connector;
using Microsoft.Extensions.Options;

namespace ChatBot.BotProtocol;

/// <summary>Refuses settings the layer cannot honour, so the host fails at start-up rather than on the first request.</summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    internal const string MultiTenant = "MultiTenant";
    internal const string SingleTenant = "SingleTenant";
    internal const string UserAssignedMsi = "UserAssignedMSI";

    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        ValidateAppCredentials(options, failures);
        ValidateInboundToken(options, failures);

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

    // The rules of the SDK's ConfigurationServiceClientCredentialFactory. Messages name keys, never values: the
    // password is a secret and the others are no business of a log. Without an app id there is no token to get, so
    // the type's credentials are not asked for: a configuration that names the type a deployment will use
    // (UserAssignedMSI, as the sample does) still runs in anonymous development mode until the app id is filled in.
    private static void ValidateAppCredentials(BotFrameworkOptions options, List<string> failures)
    {
        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        var appType = string.IsNullOrWhiteSpace(options.MicrosoftAppType) ? MultiTenant : options.MicrosoftAppType.Trim();
        if (string.Equals(appType, MultiTenant, StringComparison.OrdinalIgnoreCase))
        {
            if (!options.IsAnonymous && !hasPassword)
            {
                failures.Add("MicrosoftAppPassword is required when MicrosoftAppId is set and MicrosoftAppType is MultiTenant.");
            }
        }
        else if (options.IsAnonymous && IsSingleTenantOrManagedIdentity(appType))
        {
            return;
        }
        else if (string.Equals(appType, SingleTenant, StringComparison.OrdinalIgnoreCase))
        {
            if (!hasTenant)
            {
                failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.");
            }

            if (!hasPassword)
            {
                failures.Add("MicrosoftAppPassword is required when MicrosoftAppType is SingleTenant.");
            }
        }
        else if (string.Equals(appType, UserAssignedMsi, StringComparison.OrdinalIgnoreCase))
        {
            if (!hasTenant)
            {
                failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is UserAssignedMSI.");
            }

            if (hasPassword)
            {
                failures.Add("MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI (the managed identity has no secret).");
            }
        }
        else
        {
            failures.Add($"MicrosoftAppType must be {MultiTenant} (the default), {SingleTenant} or {UserAssignedMsi}.");
        }
    }

    private static bool IsSingleTenantOrManagedIdentity(string appType) =>
        string.Equals(appType, SingleTenant, StringComparison.OrdinalIgnoreCase)
        || string.Equals(appType, UserAssignedMsi, StringComparison.OrdinalIgnoreCase);

    private static void ValidateInboundToken(BotFrameworkOptions options, List<string> failures)
    {
        if (!ServiceUrlPolicy.TryParseHttpUrl(options.ToBotFromChannelOpenIdMetadataUrl, out var metadataUrl)
            || (metadataUrl.Scheme != Uri.UriSchemeHttps && !ServiceUrlPolicy.IsLoopback(metadataUrl)))
        {
            failures.Add(
                $"{nameof(BotFrameworkOptions.ToBotFromChannelOpenIdMetadataUrl)} must be an absolute https URL without " +
                "user info (http is accepted only for a loopback host).");
        }

        if (string.IsNullOrWhiteSpace(options.ToBotFromChannelTokenIssuer))
        {
            failures.Add($"{nameof(BotFrameworkOptions.ToBotFromChannelTokenIssuer)} must not be empty.");
        }
    }
}
