using PostMortemFlow.EvidenceBench;

// Benchmarks, not tests: figures for the evidence note. Each mode runs in its own process so peak memory is its own.
//   stream plain|store [MiB]   a log export served by a local HTTP source: plain download to a file vs redacted, hashed store write
//   extract [lines]            log → timeline extraction (lines/s) vs grep -c on the same file
return args switch
{
    ["stream", var mode, ..] => await StreamBench.RunAsync(mode, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1024),
    ["extract", ..] => await ExtractBench.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5_000_000),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: stream plain|store [MiB] | extract [lines]");
    return 2;
}
