using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using PostMortemFlow.Functions.Workflow;

namespace PostMortemFlow.Functions.SignIn;

/// <summary>
/// <see cref="FunctionsSignIn.AppService"/> trusts the forwarded principal, which is safe only while the platform's
/// authentication is on (<c>WEBSITE_AUTH_ENABLED</c>, which App Service sets): otherwise anyone could send the header.
/// </summary>
public sealed class FunctionsSignInValidator(IConfiguration configuration) : IValidateOptions<FunctionsWorkflowOptions>
{
    public const string PlatformSetting = "WEBSITE_AUTH_ENABLED";

    public ValidateOptionsResult Validate(string? name, FunctionsWorkflowOptions options) =>
        options.SignIn == FunctionsSignIn.AppService && !string.Equals(configuration[PlatformSetting], "true", StringComparison.OrdinalIgnoreCase)
            ? ValidateOptionsResult.Fail(
                $"Functions:SignIn is AppService but App Service authentication is off ({PlatformSetting} is not true): turn it on, or set Functions:SignIn to None.")
            : ValidateOptionsResult.Success;
}
