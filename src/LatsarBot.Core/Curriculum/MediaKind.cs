namespace LatsarBot.Core.Curriculum;

/// <summary>The seed's media forms (DOMAIN.md A.4): video shooting, video animasi, PPT interaktif, podcast, infografis, gamification.</summary>
public enum MediaKind
{
    Video,
    Animation,
    Slides,
    Podcast,
    Infographic,
    Game,
}
