using System.Globalization;

namespace PostMortemFlow.Server.Tests.Persistence;

public sealed class ProbeGrain([PersistentState("probe")] IPersistentState<ProbeState> state) : Grain, IProbeGrain, IRemindable
{
    public const string ReminderName = "probe-tick";

    public Task SetNote(string note)
    {
        state.State.Note = note;
        return state.WriteStateAsync();
    }

    public Task SetPostMortemTitle(string title)
    {
        state.State.PostMortem = SampleData.PostMortem(title);
        return state.WriteStateAsync();
    }

    public Task<ProbeSnapshot> GetSnapshot() => Task.FromResult(new ProbeSnapshot(
        state.State.Note,
        state.State.Ticks,
        state.State.PostMortem?.Title,
        state.State.PostMortem?.ActionItems[0].Deadline?.ToString("O", CultureInfo.InvariantCulture)));

    public Task StartTicking(TimeSpan period) => this.RegisterOrUpdateReminder(ReminderName, period, period);

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        state.State.Ticks++;
        return state.WriteStateAsync();
    }
}
