using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace PostMortemFlow.Server.Persistence.Sqlite;

/// <summary>
/// Options of the embedded mode's SQLite persistence: one database file holds the Orleans grain state and
/// the reminder table.
/// </summary>
public sealed class SqliteStorageOptions
{
    /// <summary>
    /// Path of the SQLite database file, absolute or relative to the working directory. Its folder is
    /// created when missing. Required.
    /// </summary>
    public string DatabasePath { get; set; } = "";

    /// <summary>
    /// How long a connection waits for a lock held by another connection or process before it fails
    /// (SQLite <c>busy_timeout</c>). Default 5 seconds.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Serializer of grain state. When null, Orleans' <see cref="SystemTextJsonGrainStorageSerializer"/> is
    /// used: it needs no generated codecs, so state may hold Domain records. To switch an existing file to
    /// another format, wrap the new serializer and this one in <see cref="Orleans.Storage.GrainStorageSerializer"/>
    /// (new one first) so rows written before the switch stay readable.
    /// </summary>
    public IGrainStorageSerializer? GrainStorageSerializer { get; set; }
}

internal sealed class SqliteStorageOptionsValidator : IValidateOptions<SqliteStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, SqliteStorageOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            failures.Add($"{nameof(SqliteStorageOptions.DatabasePath)} is required.");
        }
        else if (options.DatabasePath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add($"{nameof(SqliteStorageOptions.DatabasePath)} contains characters that are not valid in a path.");
        }
        else if (Directory.Exists(options.DatabasePath))
        {
            failures.Add($"{nameof(SqliteStorageOptions.DatabasePath)} names a folder; it must name a database file.");
        }

        if (options.BusyTimeout <= TimeSpan.Zero || options.BusyTimeout.TotalMilliseconds > int.MaxValue)
        {
            failures.Add($"{nameof(SqliteStorageOptions.BusyTimeout)} must be positive and at most {int.MaxValue} ms.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
