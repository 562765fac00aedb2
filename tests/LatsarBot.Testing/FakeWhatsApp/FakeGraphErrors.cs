using System.Text.Json.Nodes;

namespace LatsarBot.Testing.FakeWhatsApp;

/// <summary>The Graph error envelope as Meta sends it: message, type, code, error_subcode, error_data.details, fbtrace_id.</summary>
public static class FakeGraphErrors
{
    public static JsonObject Error(int code, string message, string? details = null, int? subcode = null)
    {
        var error = new JsonObject
        {
            ["message"] = message,
            ["type"] = "OAuthException",
            ["code"] = code,
            ["fbtrace_id"] = "A" + Guid.NewGuid().ToString("N")[..22],
        };
        if (subcode is { } sub)
        {
            error["error_subcode"] = sub;
        }

        if (details is not null)
        {
            error["error_data"] = new JsonObject { ["messaging_product"] = "whatsapp", ["details"] = details };
        }

        return new JsonObject { ["error"] = error };
    }

    public static JsonObject InvalidParameter(string details) => Error(131009, "(#131009) Parameter value is not valid", details);
}
