namespace Portal.Core.Calendar;

/// <summary>A public holiday or a substitute day off, with its Vietnamese name.</summary>
public sealed record Holiday(DateOnly Date, string Name);
