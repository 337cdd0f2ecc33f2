using System.Net;
using System.Net.Sockets;

namespace PostMortemFlow.Server.Tests.Process;

/// <summary>Loopback ports nobody listens on right now, found by letting the OS pick.</summary>
public static class FreePorts
{
    public static int[] Take(int count)
    {
        // All listeners stay open until every port is picked, so one call never returns the same port twice.
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }
}
