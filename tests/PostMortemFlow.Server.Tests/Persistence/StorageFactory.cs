using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;
using PostMortemFlow.Server.Persistence.Sqlite;

namespace PostMortemFlow.Server.Tests.Persistence;

/// <summary>Builds the providers outside a silo, the way the registration does inside one.</summary>
public static class StorageFactory
{
    public static SqliteDatabase Database(string path) => new(new SqliteStorageOptions { DatabasePath = path });

    public static SqliteGrainStorage GrainStorage(SqliteDatabase database) => new(
        "Default",
        database,
        new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions())),
        NullLogger<SqliteGrainStorage>.Instance);
}
