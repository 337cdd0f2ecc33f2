global using PostMortemFlow.Api.Http;
global using PostMortemFlow.Api.Incidents;
global using PostMortemFlow.Application.Incidents;
global using PostMortemFlow.Api.PostMortems;
global using PostMortemFlow.Application.PostMortems;
global using PostMortemFlow.Integrations.Effects;
global using PostMortemFlow.Integrations.Hosting;
global using PostMortemFlow.Integrations.Reviews;
