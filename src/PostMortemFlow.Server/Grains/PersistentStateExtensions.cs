namespace PostMortemFlow.Server.Grains;

internal static class PersistentStateExtensions
{
    /// <summary>
    /// Stores <paramref name="next"/> as the grain's state. When the store fails, the activation goes back to what is
    /// stored and asks to be dropped (<paramref name="deactivate"/>), rather than keep a version nobody stored.
    /// </summary>
    public static async Task WriteOrRevertAsync<T>(this IPersistentState<T> state, T next, Action deactivate)
    {
        var previous = state.State;
        state.State = next;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = previous;
            deactivate();
            throw;
        }
    }
}
