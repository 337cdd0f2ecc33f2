using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace PostMortemFlow.Server.Persistence.Sqlite;

/// <summary>Registers the embedded mode's SQLite grain storage and reminder table on a silo.</summary>
public static class SqlitePersistenceExtensions
{
    /// <summary>
    /// Name under which the grain storage is registered: Orleans' default provider name, so grains declare
    /// <c>[PersistentState("stateName")]</c> without a provider and get SQLite here and Redis in cluster mode.
    /// </summary>
    public const string StorageProviderName = ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME;

    /// <summary>
    /// Keeps grain state (default storage provider, <see cref="StorageProviderName"/>) and reminders in the
    /// SQLite file at <paramref name="databasePath"/>; the folder and file are created when missing.
    /// </summary>
    public static ISiloBuilder AddSqlitePersistence(this ISiloBuilder builder, string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        return builder.AddSqlitePersistence(options => options.DatabasePath = databasePath);
    }

    /// <summary>
    /// Keeps grain state (default storage provider, <see cref="StorageProviderName"/>) and reminders in one
    /// SQLite file configured by <paramref name="configure"/>. The options are validated when the silo starts.
    /// </summary>
    public static ISiloBuilder AddSqlitePersistence(this ISiloBuilder builder, Action<SqliteStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);

        var services = builder.Services;
        services.AddOptions<SqliteStorageOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqliteStorageOptions>, SqliteStorageOptionsValidator>());
        services.TryAddSingleton(sp => new SqliteDatabase(sp.GetRequiredService<IOptions<SqliteStorageOptions>>().Value));

        services.AddGrainStorage(StorageProviderName, (sp, name) => new SqliteGrainStorage(
            name,
            sp.GetRequiredService<SqliteDatabase>(),
            sp.GetRequiredService<IOptions<SqliteStorageOptions>>().Value.GrainStorageSerializer ?? DefaultSerializer(sp),
            sp.GetRequiredService<ILogger<SqliteGrainStorage>>()));

        services.AddReminders();
        services.AddSingleton<IReminderTable, SqliteReminderTable>();
        return builder;
    }

    // Neither the silo's default IGrainStorageSerializer (Newtonsoft with $type names checked against the
    // Orleans type manifest) nor Orleans' binary serializer (generated codecs) can read the Domain records,
    // which carry [GenerateSerializer] but are compiled without the Orleans code generator. System.Text.Json
    // needs neither and handles records with init-only properties, ImmutableList<T>, DateOnly and enums.
    private static IGrainStorageSerializer DefaultSerializer(IServiceProvider services) =>
        ActivatorUtilities.CreateInstance<SystemTextJsonGrainStorageSerializer>(services);
}
