using System.Text.Json;
using System.Text.Json.Nodes;
using LatsarBot.Bot.Activities;
using LatsarBot.Channels.Teams;
using LatsarBot.Core.Participants;
using LatsarBot.Testing.FakeTeams;

namespace LatsarBot.Teams.Tests.Channel;

/// <summary>Each kind of Teams activity and what the adapter makes of it.</summary>
public sealed class TeamsActivityMapperTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/apac/";

    private static MappedTeamsActivity Map(JsonObject activity) =>
        TeamsActivityMapper.Map(JsonSerializer.Deserialize(activity.ToJsonString(), TeamsJson.Default.TeamsActivity)!);

    [Fact]
    public void PersonalMessage_IsATurnOfThePersonByTheirEntraObjectId()
    {
        var mapped = Map(FakeTeamsActivities.Message(ServiceUrl, "m1", "aad-1", "  halo   bot "));

        Assert.Equal(("teams", "a:personal-aad-1", "aad-1", "m1", "halo bot", Language.Id),
            (mapped.Turn!.Channel, mapped.Turn.ConversationId, mapped.Turn.From.Id, mapped.Turn.Id, mapped.Turn.Text, mapped.Turn.Locale));
        Assert.Equal(new TeamsConversationReference(ServiceUrl, "a:personal-aad-1", FakeTeamsServer.TenantId, "29:user-aad-1", "aad-1", FakeTeamsServer.BotId, "personal"),
            mapped.Reference);
    }

    [Fact]
    public void MentionOfTheBot_IsStrippedFromTheText()
    {
        var mapped = Map(FakeTeamsActivities.MentionMessage(ServiceUrl, "m2", "aad-2", "menu"));

        Assert.Equal("menu", mapped.Turn!.Text);
    }

    [Fact]
    public void CardSubmit_IsAChoice()
    {
        var mapped = Map(FakeTeamsActivities.Submit(ServiceUrl, "m3", "aad-3", "quiz:2"));

        Assert.Equal(new ChoiceValue("quiz:2"), mapped.Turn!.Value);
        Assert.False(mapped.IsInvoke);
    }

    [Fact]
    public void AdaptiveCardActionInvoke_IsAChoiceAnsweredInTheResponse()
    {
        var mapped = Map(FakeTeamsActivities.Invoke(ServiceUrl, "m4", "aad-4", "yes"));

        Assert.Equal((new ChoiceValue("yes"), true), (mapped.Turn!.Value, mapped.IsInvoke));
    }

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public void MessageOutsideAPersonalChat_RunsNoTurn(string conversationType)
    {
        var mapped = Map(FakeTeamsActivities.MentionMessage(ServiceUrl, "m5", "aad-5", "/start", conversationType));

        Assert.Null(mapped.Turn);
        Assert.NotNull(mapped.Ignored);
    }

    [Fact]
    public void MessageInAChannelThread_IsATurnOfTheChannel_WithTheThreadToLookUp()
    {
        const string thread = "19:coaches@thread.tacv2;messageid=1700000000001";

        var mapped = Map(FakeTeamsActivities.MentionMessage(ServiceUrl, "m13", "aad-13", "Boleh.", "channel", thread));

        Assert.Equal(("19:coaches@thread.tacv2", "Boleh.", thread), (mapped.Turn!.ConversationId, mapped.Turn.Text, mapped.ChannelThread));
    }

    [Fact]
    public void BotAddedToAPersonalChat_IsAConversationUpdateTurn()
    {
        var mapped = Map(FakeTeamsActivities.BotAdded(ServiceUrl, "m6", "aad-6"));

        Assert.Equal((ActivityType.ConversationUpdate, TeamsReachability.Reachable), (mapped.Turn!.Type, mapped.Reachability));
    }

    [Fact]
    public void BotAddedToATeam_RunsNoTurn()
    {
        Assert.Null(Map(FakeTeamsActivities.BotAdded(ServiceUrl, "m7", "aad-7", "channel")).Turn);
    }

    [Theory]
    [InlineData("add", TeamsReachability.Reachable)]
    [InlineData("add-upgrade", TeamsReachability.Reachable)]
    [InlineData("remove", TeamsReachability.Unreachable)]
    public void InstallationUpdate_SetsReach(string action, TeamsReachability reach)
    {
        var mapped = Map(FakeTeamsActivities.Installation(ServiceUrl, "m8", "aad-8", action));

        Assert.Equal((null, reach), (mapped.Turn, mapped.Reachability));
    }

    [Fact]
    public void Reaction_IsPassedOverKindly()
    {
        var mapped = Map(FakeTeamsActivities.Reaction(ServiceUrl, "m9", "aad-9"));

        Assert.Equal((null, null), (mapped.Turn, mapped.Reachability));
        Assert.Contains("messageReaction", mapped.Ignored);
    }

    [Fact]
    public void FileInAPersonalChat_IsAnAttachmentByItsDownloadUrl_AndTheHtmlCopyIsNot()
    {
        var activity = FakeTeamsActivities.Message(ServiceUrl, "m10", "aad-10", null);
        activity["attachments"] = new JsonArray(
            new JsonObject { ["contentType"] = "text/html", ["content"] = "<p>laporan</p>" },
            new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
                ["name"] = "laporan.pdf",
                ["content"] = new JsonObject { ["downloadUrl"] = "https://contoso.sharepoint.com/laporan.pdf", ["fileType"] = "pdf" },
            });

        var mapped = Map(activity);

        Assert.Equal([new InboundAttachment("application/pdf", Name: "laporan.pdf", FileRef: "download:https://contoso.sharepoint.com/laporan.pdf")], mapped.Turn!.Attachments);
    }

    [Fact]
    public void PastedPicture_IsAnAttachmentByItsConnectorUrl()
    {
        var activity = FakeTeamsActivities.Picture(ServiceUrl, "m12", "aad-12", ServiceUrl + "v3/attachments/0-abc/views/original");

        var mapped = Map(activity);

        Assert.Equal([new InboundAttachment("image/png", FileRef: "connector:" + ServiceUrl + "v3/attachments/0-abc/views/original")], mapped.Turn!.Attachments);
    }

    [Fact]
    public void ActivityWithoutAnId_RunsNoTurn()
    {
        var activity = FakeTeamsActivities.Message(ServiceUrl, "x", "aad-11", "halo");
        activity.Remove("id");

        Assert.Null(Map(activity).Turn);
    }
}
