namespace PostMortemFlow.Functions.SignIn;

/// <summary>Who the people calling the Functions app's API are (<c>Functions:SignIn</c>).</summary>
public enum FunctionsSignIn
{
    /// <summary>Nobody is signed in: every caller is the local user, as in the server's embedded mode.</summary>
    None = 0,

    /// <summary>App Service authentication (Entra ID) signs people in; the app reads who they are from the principal it forwards.</summary>
    AppService = 1,
}
