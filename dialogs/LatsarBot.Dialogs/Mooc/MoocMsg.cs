namespace LatsarBot.Dialogs.Mooc;

/// <summary>Message keys of the MOOC flows (content/messages/mooc.*.yaml).</summary>
[Bot.Messages.MessageKeys]
public static class MoocMsg
{
    public const string OnlyParticipants = "mooc.only_participants";
    public const string Start = "mooc.start";
    public const string Menu = "mooc.menu";
    public const string Continue = "mooc.continue";
    public const string AllDone = "mooc.all_done";
    public const string AgendaButton = "mooc.agenda_button";
    public const string ProgressButton = "mooc.progress_button";
    public const string PostTestButton = "mooc.posttest_button";
    public const string BackToMainMenu = "mooc.back_main";
    public const string BackToMooc = "mooc.back_mooc";
    public const string PickMataPelatihan = "mooc.pick_mp";
    public const string PickUnit = "mooc.pick_unit";
    public const string UnitHeader = "mooc.unit_header";
    public const string Studied = "mooc.studied";
    public const string QuizIntro = "mooc.quiz_intro";
    public const string QuizQuestion = "mooc.quiz_question";
    public const string QuizRight = "mooc.quiz_right";
    public const string QuizWrong = "mooc.quiz_wrong";
    public const string QuizStale = "mooc.quiz_stale";
    public const string TrophyAwarded = "mooc.trophy_awarded";
    public const string TrophyAlready = "mooc.trophy_already";
    public const string QuizFailed = "mooc.quiz_failed";
    public const string RetryQuiz = "mooc.retry_quiz";
    public const string StudyAgain = "mooc.study_again";
    public const string NextUnit = "mooc.next_unit";
    public const string Completed = "mooc.completed";
    public const string WhatNext = "mooc.what_next";

    public const string ProgressTitle = "mooc.progress.title";
    public const string ProgressTrophies = "mooc.progress.trophies";
    public const string ProgressMinimumMet = "mooc.progress.minimum_met";
    public const string ProgressMinimumMissing = "mooc.progress.minimum_missing";
    public const string ProgressAttitude = "mooc.progress.attitude";
    public const string ProgressAttitudeNone = "mooc.progress.attitude_none";
    public const string ProgressPostTest = "mooc.progress.posttest";
    public const string ProgressPostTestNone = "mooc.progress.posttest_none";
    public const string MinimumTotal = "mooc.minimum.total";
    public const string MinimumK = "mooc.minimum.k";
    public const string MinimumS1 = "mooc.minimum.s1";
    public const string MinimumS2 = "mooc.minimum.s2";

    public const string PostTestLocked = "posttest.locked";
    public const string PostTestNotReady = "posttest.not_ready";
    public const string PostTestIntro = "posttest.intro";
    public const string PostTestBegin = "posttest.begin";
    public const string PostTestLater = "posttest.later";
    public const string PostTestQuestion = "posttest.question";
    public const string PostTestStale = "posttest.stale";
    public const string PostTestTimeUp = "posttest.time_up";
    public const string PostTestPassed = "posttest.passed";
    public const string PostTestFailed = "posttest.failed";
    public const string PostTestResumed = "posttest.resumed";
    public const string PostTestAbandoned = "posttest.abandoned";

    public const string LeaderboardTitle = "leaderboard.title";
    public const string LeaderboardRow = "leaderboard.row";
    public const string LeaderboardAnonymous = "leaderboard.anonymous";
    public const string LeaderboardYou = "leaderboard.you";
    public const string LeaderboardHide = "leaderboard.hide";
    public const string LeaderboardShow = "leaderboard.show";
    public const string LeaderboardHidden = "leaderboard.hidden";
    public const string LeaderboardShown = "leaderboard.shown";

    public const string MenuMooc = "menu.mooc";
    public const string MenuProgress = "menu.progress";
    public const string MenuLeaderboard = "menu.leaderboard";
}
