using System.Text.Json.Serialization;

namespace LatsarBot.Bot.Activities;

/// <summary>Structured input that arrives with a message: what a button, list row, card or poll sent.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ChoiceValue), "choice")]
[JsonDerivedType(typeof(ContactValue), "contact")]
public abstract record ActivityValue;

/// <summary>A pressed button or chosen list item: the button's value, never a caption.</summary>
public sealed record ChoiceValue(string Value) : ActivityValue;

/// <summary>A shared phone contact; <see cref="IsSendersOwn"/> is the platform's word that it is the sender's.</summary>
public sealed record ContactValue(string Phone, bool IsSendersOwn) : ActivityValue;
