namespace Editorial.Approval.ViewModels;

/// <summary>
/// A list of checkboxes to pick users or roles from, with a filter box (shown by script) that ignores case and diacritics.
/// Each checked box posts its value under <see cref="Name"/>.
/// </summary>
/// <param name="Id">Unique id prefix of the list's elements.</param>
/// <param name="Name">The form field every box posts under (e.g. "Routes[0].Users").</param>
/// <param name="Label">Vietnamese label (translated by the view).</param>
/// <param name="Options">Value, text shown, and a hint (e.g. the user's roles).</param>
/// <param name="Selected">The values checked now.</param>
public sealed record PickList(string Id, string Name, string Label, IReadOnlyList<PickOption> Options, IReadOnlySet<string> Selected);

/// <summary>One choice of a <see cref="PickList"/>.</summary>
public sealed record PickOption(string Value, string Text, string? Hint = null);
