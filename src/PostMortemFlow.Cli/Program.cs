return PostMortemFlow.Cli.PmfApp.Run(args, Console.Out, Console.Error);
