using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ChatBot.SyntheticSeeds;

/// <summary>
/// Renders an occupation as the framework's JSON export (schemaVersion 1.0), property for property in the order of
/// the real export (seeds/001_*.txt): one line, UTF-8, punctuation such as "—" and "&amp;" written as is.
/// </summary>
internal static class ExportWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(SyntheticOccupation occupation)
    {
        using var stream = new MemoryStream(8 * 1024);
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("schemaVersion", "1.0");
            json.WriteString("exportedAt", occupation.ExportedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));

            json.WriteStartObject("occupation");
            json.WriteString("soc", occupation.Soc);
            json.WriteString("title", occupation.Title);
            json.WriteString("group", occupation.Group);
            json.WriteString("sector", occupation.Sector);
            json.WriteNumber("jobZone", occupation.JobZone);
            json.WriteBoolean("jobZoneInferred", false);
            json.WriteEndObject();

            json.WriteStartObject("framework");
            json.WriteString("version", occupation.Version);
            json.WriteString("description", "");
            json.WriteString("contextCovered", occupation.ContextCovered);
            json.WriteStartObject("levels");
            foreach (var level in occupation.Levels)
            {
                json.WriteStartObject(level.LevelName.ToLowerInvariant());
                json.WriteString("label", level.LevelName);
                json.WriteStartArray("statements");
                foreach (var statement in level.Statements)
                {
                    json.WriteStringValue($"{statement.Title} — {statement.Description}");
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("sources");
            json.WriteString("onet", "v30.2 (CC BY 4.0)");
            json.WriteString("crosswalk", "https://skillscrosswalk.com");
            json.WriteString("generator", "LER.me");
            json.WriteEndObject();
            json.WriteString("attribution", "© EBSCOed");
            json.WriteEndObject();
        }

        return stream.ToArray();
    }
}
