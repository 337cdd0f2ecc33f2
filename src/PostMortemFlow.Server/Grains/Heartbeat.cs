namespace PostMortemFlow.Server.Grains;

/// <summary>
/// A durable reminder that only has to wake a grain after a crash while it has work pending (grain timers do the work
/// on time while it is active). It is registered once when work appears and dropped by a tick that finds none,
/// instead of being rewritten on every call.
/// </summary>
internal sealed class Heartbeat(Grain grain, string name, TimeSpan period)
{
    private bool? _registered;

    public string Name => name;

    /// <summary>Reads whether the reminder exists; call from <c>OnActivateAsync</c>.</summary>
    public async Task LoadAsync() => _registered = await grain.GetReminder(name) is not null;

    /// <summary>Takes what the grain already read of its reminders instead of reading again.</summary>
    public void Known(bool registered) => _registered = registered;

    /// <summary>Registers the reminder unless it is already there; safe to call before the state write that needs it.</summary>
    public async Task EnsureAsync()
    {
        if (_registered == true)
        {
            return;
        }
        await grain.RegisterOrUpdateReminder(name, period, period);
        _registered = true;
    }

    public async Task DropAsync()
    {
        if (await grain.GetReminder(name) is { } reminder)
        {
            await grain.UnregisterReminder(reminder);
        }
        _registered = false;
    }
}
