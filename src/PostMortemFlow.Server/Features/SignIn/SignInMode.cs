namespace PostMortemFlow.Server.Features.SignIn;

/// <summary>Whether Entra ID sign-in is on (an <c>AzureAd:ClientId</c> is set) or everyone is the local user.</summary>
public sealed record SignInMode(bool Entra);
