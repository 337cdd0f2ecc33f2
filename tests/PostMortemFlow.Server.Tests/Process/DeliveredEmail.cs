namespace PostMortemFlow.Server.Tests.Process;

public sealed record DeliveredEmail(string Key, string Purpose);
