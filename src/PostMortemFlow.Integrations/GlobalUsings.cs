global using System.Collections.Immutable;
global using PostMortemFlow.Domain.Text;
