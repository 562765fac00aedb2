using System.Net;
using LatsarBot.Bot.Outbox;
using LatsarBot.Channels.WhatsApp;

namespace LatsarBot.WhatsApp.Tests.Channel;

public sealed class WhatsAppErrorsTests
{
    [Theory]
    [InlineData(130429, 1)]
    [InlineData(80007, 1)]
    [InlineData(4, 1)]
    [InlineData(131056, 6)]
    public void OutcomeOf_Throttling_IsTransientWithAWait(int code, int seconds)
    {
        var outcome = WhatsAppErrors.OutcomeOf(HttpStatusCode.BadRequest, Error(code));

        Assert.Equal(TimeSpan.FromSeconds(seconds), Assert.IsType<SendOutcome.Transient>(outcome).RetryAfter);
    }

    [Theory]
    [InlineData(131026, true)]
    [InlineData(131047, false)]
    [InlineData(131051, false)]
    [InlineData(131009, false)]
    public void OutcomeOf_Undeliverable_IsTerminalWithTheCodeInTheReason(int code, bool unreachable)
    {
        var outcome = Assert.IsType<SendOutcome.Terminal>(WhatsAppErrors.OutcomeOf(HttpStatusCode.BadRequest, Error(code)));

        Assert.Equal((unreachable, true), (outcome.Unreachable, outcome.Reason.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, 190)]
    [InlineData(HttpStatusCode.InternalServerError, 1)]
    [InlineData(HttpStatusCode.BadGateway, null)]
    public void OutcomeOf_ExpiredTokenOrServerTrouble_IsTriedAgain(HttpStatusCode status, int? code)
    {
        Assert.IsType<SendOutcome.Transient>(WhatsAppErrors.OutcomeOf(status, code is { } c ? Error(c) : null));
    }

    private static WaError Error(int code) => new(code, "message", null, "OAuthException", null, "Atrace", new WaErrorData("details"));
}
