using System.Globalization;
using System.Text.Json;
using System.Text;
using Microsoft.Data.Sqlite;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Library;

namespace PostMortemFlow.Integrations.Library;

/// <summary>
/// The library's search engine, SQLite FTS5, over a connection the caller owns (the embedded file, or a node's in-memory
/// copy): the schema, indexing an entry, and a search with its filters, highlights and the audience rule in SQL.
/// </summary>
/// <remarks>
/// Who sees an entry is stored as principals: <c>name:</c> and <c>group:</c> followed by the upper-cased (invariant)
/// person or group, because upper-casing is what <see cref="StringComparer.OrdinalIgnoreCase"/>, which
/// <see cref="Audience"/> compares with, does to each character — lower-casing would admit pairs it does not (the Kelvin sign).
/// </remarks>
public static class FtsLibrary
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS library_entries (
            entry       INTEGER PRIMARY KEY,
            id          TEXT    NOT NULL UNIQUE,
            severity    INTEGER NOT NULL,
            started_at  INTEGER NOT NULL,
            near_miss   INTEGER NOT NULL,
            published   INTEGER NOT NULL,
            restricted  INTEGER NOT NULL,
            json        TEXT    NOT NULL
        );
        CREATE INDEX IF NOT EXISTS library_entries_by_start ON library_entries (started_at DESC, id);
        CREATE TABLE IF NOT EXISTS library_services (
            service TEXT    NOT NULL,
            entry   INTEGER NOT NULL,
            PRIMARY KEY (service, entry)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS library_services_by_entry ON library_services (entry);
        CREATE TABLE IF NOT EXISTS library_categories (
            category INTEGER NOT NULL,
            entry    INTEGER NOT NULL,
            PRIMARY KEY (category, entry)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS library_categories_by_entry ON library_categories (entry);
        CREATE TABLE IF NOT EXISTS library_audience (
            entry     INTEGER NOT NULL,
            principal TEXT    NOT NULL,
            PRIMARY KEY (entry, principal)
        ) WITHOUT ROWID;
        CREATE VIRTUAL TABLE IF NOT EXISTS library_text USING fts5(
            title, summary, root_cause, factors, lessons, actions,
            tokenize = 'porter unicode61 remove_diacritics 2'
        );
        """;

    // Column weights for bm25, in the order of library_text's columns: a word in the title says most about the post-mortem.
    private const string Rank = "bm25(library_text, 10.0, 4.0, 4.0, 2.0, 2.0, 1.0)";
    private const int SnippetTokens = 24;
    private const int ExcerptCharacters = 200;

    /// <summary>Creates the tables when missing; idempotent.</summary>
    public static void EnsureSchema(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Schema;
        command.ExecuteNonQuery();
    }

    /// <summary>Indexes the entry in one transaction, replacing the post-mortem's previous entry; one not listed is removed.</summary>
    public static void Upsert(SqliteConnection connection, LibraryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(entry);
        InSavepoint(connection, () =>
        {
            Remove(connection, null, entry.Id);
            if (entry.IsListed)
            {
                Insert(connection, null, entry);
            }
        });
    }

    /// <summary>Takes the post-mortem out of the library.</summary>
    public static void Remove(SqliteConnection connection, string id)
    {
        ArgumentNullException.ThrowIfNull(connection);
        InSavepoint(connection, () => Remove(connection, null, id));
    }

    /// <summary>
    /// Runs the statements as one unit: a savepoint is a transaction of its own on a connection without one, and a
    /// nested one inside a caller's transaction (the server's group commit), where BEGIN would be refused.
    /// </summary>
    private static void InSavepoint(SqliteConnection connection, Action statements)
    {
        Execute(connection, "SAVEPOINT fts_library;");
        try
        {
            statements();
            Execute(connection, "RELEASE fts_library;");
        }
        catch
        {
            Execute(connection, "ROLLBACK TO fts_library; RELEASE fts_library;");
            throw;
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The ids of every post-mortem in the library.</summary>
    public static IReadOnlyList<string> Ids(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM library_entries ORDER BY id;";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    public static LibraryResult Search(SqliteConnection connection, LibraryQuery query, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(viewer);
        var parameters = new Dictionary<string, object>(StringComparer.Ordinal);
        var conditions = Conditions(query, viewer, parameters);
        var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
        var from = query.HasText
            ? "FROM library_text JOIN library_entries e ON e.entry = library_text.rowid"
            : "FROM library_entries e";
        var select = query.HasText
            ? $"""
              SELECT e.json, highlight(library_text, 0, $open, $close), snippet(library_text, -1, $open, $close, '…', {SnippetTokens})
              {from} {where} ORDER BY {Rank}, e.started_at DESC, e.id LIMIT $limit;
              """
            : $"SELECT e.json, NULL, NULL {from} {where} ORDER BY e.started_at DESC, e.id LIMIT $limit;";

        var hits = new List<LibraryHit>();
        using (var command = Command(connection, select, parameters))
        {
            command.Parameters.AddWithValue("$limit", query.Limit);
            if (query.HasText)
            {
                command.Parameters.AddWithValue("$open", MarkedText.Open.ToString());
                command.Parameters.AddWithValue("$close", MarkedText.Close.ToString());
            }
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var entry = LibraryJson.Deserialize(reader.GetString(0));
                hits.Add(Hit(entry, reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
            }
        }

        var total = hits.Count;
        if (hits.Count == query.Limit)
        {
            using var count = Command(connection, $"SELECT count(*) {from} {where};", parameters);
            total = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        return new LibraryResult(hits, total);
    }

    /// <summary>The FTS5 query for the phrases: each one a quoted string, so the engine reads no syntax from what was typed.</summary>
    public static string MatchExpression(IReadOnlyList<SearchPhrase> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        return string.Join(' ', phrases.Select(p => "\"" + p.ToString().Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
    }

    /// <summary>What the audience table holds for the audience: each person and group, as the viewer's names and groups are looked up.</summary>
    public static IReadOnlyList<string> Principals(Audience audience)
    {
        ArgumentNullException.ThrowIfNull(audience);
        return Principals(audience.People, audience.Groups);
    }

    public static IReadOnlyList<string> Principals(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return Principals(viewer.Names, viewer.Groups);
    }

    private static IReadOnlyList<string> Principals(IEnumerable<string> names, IEnumerable<string> groups) =>
        [.. names.Select(NamePrincipal).Concat(groups.Select(GroupPrincipal)).Distinct(StringComparer.Ordinal)];

    private static string NamePrincipal(string name) => "name:" + name.Trim().ToUpperInvariant();

    private static string GroupPrincipal(string group) => "group:" + group.Trim().ToUpperInvariant();

    private static string ServiceKey(string service) => service.Trim().ToUpperInvariant();

    private static List<string> Conditions(LibraryQuery query, Viewer viewer, Dictionary<string, object> parameters)
    {
        var conditions = new List<string>();
        if (query.HasText)
        {
            conditions.Add("library_text MATCH $match");
            parameters["$match"] = MatchExpression(query.Phrases);
        }
        if (query.Service is { } service)
        {
            conditions.Add("EXISTS (SELECT 1 FROM library_services s WHERE s.service = $service AND s.entry = e.entry)");
            parameters["$service"] = ServiceKey(service);
        }
        if (query.Severity is { } severity)
        {
            conditions.Add("e.severity = $severity");
            parameters["$severity"] = (int)severity;
        }
        if (query.Category is { } category)
        {
            conditions.Add("EXISTS (SELECT 1 FROM library_categories c WHERE c.category = $category AND c.entry = e.entry)");
            parameters["$category"] = (int)category;
        }
        if (query.From is { } start)
        {
            conditions.Add("e.started_at >= $from");
            parameters["$from"] = start.UtcTicks;
        }
        if (query.To is { } end)
        {
            conditions.Add("e.started_at <= $to");
            parameters["$to"] = end.UtcTicks;
        }
        if (query.NearMiss is { } nearMiss)
        {
            conditions.Add("e.near_miss = $nearMiss");
            parameters["$nearMiss"] = nearMiss ? 1 : 0;
        }
        if (viewer.IsSignedIn)
        {
            // Audience.ListsInLibrary for a signed-in viewer: (not restricted and published) or one of its people.
            conditions.Add("""
                ((e.restricted = 0 AND e.published = 1)
                 OR EXISTS (SELECT 1 FROM library_audience a WHERE a.entry = e.entry AND a.principal IN (SELECT value FROM json_each($principals))))
                """);
            parameters["$principals"] = JsonSerializer.Serialize(Principals(viewer));
        }
        return conditions;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, Dictionary<string, object> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return command;
    }

    private static LibraryHit Hit(LibraryEntry entry, string? markedTitle, string? markedSnippet) => new(
        entry.Id,
        entry.Title,
        markedTitle is null ? MarkedText.ToHtml(MarkedText.Clean(entry.Title)) : MarkedText.ToHtml(markedTitle),
        markedSnippet is null ? MarkedText.Excerpt(entry.Summary.Length > 0 ? entry.Summary : entry.RootCause, ExcerptCharacters) : MarkedText.ToHtml(markedSnippet),
        entry.Services,
        entry.Severity,
        entry.Categories,
        entry.StartedAt,
        entry.IsNearMiss,
        entry.IsPublished,
        entry.PublishedAt,
        entry.Phase,
        entry.SeverityNotStated,
        entry.DateNotStated);

    private static void Remove(SqliteConnection connection, SqliteTransaction? transaction, string id)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            DELETE FROM library_text WHERE rowid IN (SELECT entry FROM library_entries WHERE id = $id);
            DELETE FROM library_services WHERE entry IN (SELECT entry FROM library_entries WHERE id = $id);
            DELETE FROM library_categories WHERE entry IN (SELECT entry FROM library_entries WHERE id = $id);
            DELETE FROM library_audience WHERE entry IN (SELECT entry FROM library_entries WHERE id = $id);
            DELETE FROM library_entries WHERE id = $id;
            """;
        command.Parameters.AddWithValue("$id", id);
        command.ExecuteNonQuery();
    }

    private static void Insert(SqliteConnection connection, SqliteTransaction? transaction, LibraryEntry entry)
    {
        long row;
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO library_entries (id, severity, started_at, near_miss, published, restricted, json)
                VALUES ($id, $severity, $startedAt, $nearMiss, $published, $restricted, $json) RETURNING entry;
                """;
            command.Parameters.AddWithValue("$id", entry.Id);
            // A severity the document does not state is no severity a filter can ask for.
            command.Parameters.AddWithValue("$severity", entry.SeverityNotStated ? -1 : (int)entry.Severity);
            command.Parameters.AddWithValue("$startedAt", entry.StartedAt.UtcTicks);
            command.Parameters.AddWithValue("$nearMiss", entry.IsNearMiss ? 1 : 0);
            command.Parameters.AddWithValue("$published", entry.IsPublished ? 1 : 0);
            command.Parameters.AddWithValue("$restricted", entry.Audience.IsRestricted ? 1 : 0);
            command.Parameters.AddWithValue("$json", LibraryJson.Serialize(entry));
            row = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        using (var text = connection.CreateCommand())
        {
            text.Transaction = transaction;
            text.CommandText = """
                INSERT INTO library_text (rowid, title, summary, root_cause, factors, lessons, actions)
                VALUES ($row, $title, $summary, $rootCause, $factors, $lessons, $actions);
                """;
            text.Parameters.AddWithValue("$row", row);
            text.Parameters.AddWithValue("$title", MarkedText.Clean(entry.Title));
            text.Parameters.AddWithValue("$summary", MarkedText.Clean(entry.Summary));
            text.Parameters.AddWithValue("$rootCause", MarkedText.Clean(entry.RootCause));
            text.Parameters.AddWithValue("$factors", Joined(entry.Factors));
            text.Parameters.AddWithValue("$lessons", Joined(entry.LessonsLearned));
            text.Parameters.AddWithValue("$actions", Joined(entry.ActionItems));
            text.ExecuteNonQuery();
        }
        InsertKeys(connection, transaction, "INSERT OR IGNORE INTO library_services (service, entry) VALUES ($key, $row);", row, entry.Services.Select(ServiceKey));
        InsertKeys(connection, transaction, "INSERT OR IGNORE INTO library_categories (category, entry) VALUES ($key, $row);", row, entry.Categories.Select(c => (object)(int)c));
        InsertKeys(connection, transaction, "INSERT OR IGNORE INTO library_audience (principal, entry) VALUES ($key, $row);", row, Principals(entry.Audience));
    }

    private static void InsertKeys<T>(SqliteConnection connection, SqliteTransaction? transaction, string sql, long row, IEnumerable<T> keys) where T : notnull
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var key = command.Parameters.Add("$key", SqliteType.Text);
        command.Parameters.AddWithValue("$row", row);
        foreach (var value in keys)
        {
            key.Value = value;
            key.SqliteType = value is int ? SqliteType.Integer : SqliteType.Text;
            command.ExecuteNonQuery();
        }
    }

    private static string Joined(IReadOnlyList<string> texts)
    {
        var joined = new StringBuilder();
        foreach (var text in texts)
        {
            joined.Append(MarkedText.Clean(text)).Append('\n');
        }
        return joined.ToString();
    }
}
