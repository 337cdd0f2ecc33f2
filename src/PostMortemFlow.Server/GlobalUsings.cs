global using PostMortemFlow.Application.Incidents;
global using PostMortemFlow.Application.PostMortems;
global using PostMortemFlow.Integrations.Hosting;
global using PostMortemFlow.Integrations.Reviews;
global using PostMortemFlow.Domain.Text;
