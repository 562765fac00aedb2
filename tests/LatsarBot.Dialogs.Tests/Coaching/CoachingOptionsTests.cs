using LatsarBot.Learning.Coaching;
using Microsoft.Extensions.Configuration;

namespace LatsarBot.Dialogs.Tests.Coaching;

public class CoachingOptionsTests
{
    private static CoachingOptions Bind(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build()
            .GetSection("Coaching").Get<CoachingOptions>()!;

    [Fact]
    public void CoachGroups_names_each_institutions_group()
    {
        var options = Bind(("Coaching:CoachGroups:BPSDM Jawa Barat", " -1001 "));

        Assert.Equal("-1001", options.GroupOf("BPSDM Jawa Barat"));
        Assert.Null(options.GroupOf("BPSDM Bali"));
    }

    [Fact]
    public void The_older_TelegramGroups_key_is_still_read_and_CoachGroups_wins_on_the_same_institution()
    {
        var options = Bind(
            ("Coaching:TelegramGroups:BPSDM Bali", "-2002"),
            ("Coaching:TelegramGroups:BPSDM Jawa Barat", "-9999"),
            ("Coaching:CoachGroups:BPSDM Jawa Barat", "-1001"));

        Assert.Equal("-2002", options.GroupOf("BPSDM Bali"));
        Assert.Equal("-1001", options.GroupOf("BPSDM Jawa Barat"));
    }

    [Fact]
    public void TeamsChannels_names_each_institutions_coaches_channel_and_its_activities_are_the_coach_group()
    {
        var options = Bind(("Coaching:TeamsChannels:BPSDM Bali", " 19:coaches@thread.tacv2 "));

        Assert.Equal("19:coaches@thread.tacv2", options.TeamsChannelOf("BPSDM Bali"));
        Assert.Null(options.TeamsChannelOf("BPSDM Jawa Barat"));
        Assert.True(options.IsCoachGroup(new LatsarBot.Bot.Activities.Activity { Channel = "teams", ConversationId = "19:coaches@thread.tacv2", From = new("aad-coach") }, "telegram"));
        Assert.False(options.IsCoachGroup(new LatsarBot.Bot.Activities.Activity { Channel = "telegram", ConversationId = "19:coaches@thread.tacv2", From = new("1") }, "telegram"));
    }
}
