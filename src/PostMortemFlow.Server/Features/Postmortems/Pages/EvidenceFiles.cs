namespace PostMortemFlow.Server.Features.Postmortems.Pages;
public sealed class EvidenceFiles;
