using DurableTask.Core;

namespace PostMortemFlow.Functions.Worker;

/// <summary>Hands the framework a fresh shim per orchestration episode or activity run (shims keep per-episode state).</summary>
internal sealed class Creator<T> : ObjectCreator<T>
{
    private readonly Func<T> _create;

    public Creator(string name, Func<T> create)
    {
        Name = name;
        Version = "";
        _create = create;
    }

    public override T Create() => _create();
}
