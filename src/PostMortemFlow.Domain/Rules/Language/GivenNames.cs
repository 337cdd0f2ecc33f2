namespace PostMortemFlow.Domain.Rules.Language;

/// <summary>
/// Common given names from many languages. A word on this list is read as a person even written in lowercase
/// ("jennifer failed to notice the alert"), as chat handles and informal reports write them; an unknown capitalised
/// word is not (it is as often a bot or a tool: "Prow did not respond"). Names that are also ordinary words
/// ("will", "mark", "grace") are left to <see cref="KnownPeople"/> and to capitalisation.
/// </summary>
internal static class GivenNames
{
    public static bool Contains(string word) => Names.Contains(word);

    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);

    private static readonly HashSet<string> Names = new(
        ("aaron abby abdul abhishek abigail adam adrian adriana ahmed aidan aisha akira alan albert alberto alejandro alex "
        + "alexander alexandra alexis alfonso ali alice alicia alison allison amanda amir amit amy ana anand andre andrea "
        + "andreas andres andrew andy angela angelo anil anita ann anna anne annie anthony anton antonio anya arjun arnav "
        + "arthur arun ashley ashok audrey austin ava barbara barry ben benjamin bernard beth betty bianca bob bobby boris "
        + "brad bradley brandon brenda brendan brian brittany bruce bruno bryan caitlin caleb calvin cameron camila carl carla "
        + "carlos carmen carol caroline carolyn casey catherine cathy cecilia cedric charles charlie charlotte chen cheryl chloe "
        + "chris christian christina christine christopher cindy claire clara claudia colin connor craig cristina cynthia daisy "
        + "dan dana daniel daniela danielle danny darren dave david dean debbie deborah deepak denis dennis derek devin diana "
        + "diane diego dimitri dmitry dominic donald donna doug douglas duncan dylan eddie edgar eduardo edward elaine eleanor "
        + "elena eli elias elijah elizabeth ella ellen elliot emily emma enrique eric erica erik erin ethan eugene eva evan "
        + "evelyn fabio fatima felipe felix fernando fiona florian francesca francesco francis francisco frank fred frederick "
        + "gabriel gabriela gary gavin george georgia gerald gina giovanni giulia giuseppe glen glenn gloria gordon greg gregory "
        + "gustavo hannah hans harold harry hassan heather hector heidi helen henry hiroshi holly howard hussein ian "
        + "igor ingrid irene isaac isabel isabella ivan jack jacob jake james jamie jane janet janice jared jason javier "
        + "jay jean jeff jeffrey jen jenna jennifer jenny jeremy jerry jesse jessica jill jim jimmy joan joanna joe joel johan "
        + "john johnny jon jonas jonathan jordan jorge jose joseph josh joshua joyce juan judith judy julia julian julie "
        + "juliet justin kai kamal karen karina karl kate katherine kathleen kathy katie kavya keith kelly ken kenji "
        + "kenneth kevin kim kimberly kirk klaus kristen kumar kurt kyle lakshmi larry laura lauren lee leo leon leonardo "
        + "leslie li liam lily linda lisa liu logan lorenzo louis lucas lucia lucy luis luke lynn madison magnus manish manuel "
        + "marco marcus margaret maria marie marina mario marta martha martin mary matt matteo matthew maureen maya megan "
        + "mehmet melissa mia michael michelle miguel mike mikhail ming mohamed mohammed mohammad monica nadia nancy naomi "
        + "natalia natalie nathan neha neil nicholas nick nicola nicolas nicole nikhil nina noah noel nora oliver olivia omar "
        + "oscar pablo pamela paolo patricia patrick paul paula pedro peter phil philip phillip pierre pooja prakash pranav "
        + "priya rachel rafael rahul raj rajesh ralph ramesh randy raphael raul rebecca renee ricardo richard rick rita rob "
        + "robert roberto robin rodrigo roger rohan ron ronald rosa ross roy russell ruth ryan sabrina sachin sally "
        + "sam samantha samuel sandra sanjay sara sarah satoshi scott sean sebastian sergei sergey seth shane shannon sharon "
        + "shawn sheila shirley shreya simon simone sofia sonia sophia sophie stacy stefan stefano stella stephanie stephen "
        + "steve steven stuart sunil susan suresh sven sylvia takeshi tamara tanya tara ted teresa terry thomas tiffany tim "
        + "timothy tina toby todd tom tomas tommy tony tracy trevor tyler valentina valerie vanessa vera veronica "
        + "victor victoria vijay vikram vincent vivek walter wayne wei wendy william xavier yan yang yuki yusuf yvonne zach "
        + "zachary zhang zoe").Split(' ', StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Names.GetAlternateLookup<ReadOnlySpan<char>>();
}
