using System.Globalization;

namespace Portal.Core.Media;

/// <summary>
/// Why the library refused something: a Vietnamese message template and its arguments, kept apart
/// so the admin can translate the template (IStringLocalizer) before filling it in.
/// </summary>
public sealed record MediaProblem(string Template, params object[] Arguments)
{
    public override string ToString() => string.Format(CultureInfo.GetCultureInfo("vi-VN"), Template, Arguments);
}
