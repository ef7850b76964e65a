using System.Reflection;

namespace Portal.Core.Localization;

/// <summary>
/// An assembly whose embedded "Localization/*.json" join the catalog besides the modules' own: the host's, whose
/// pages (sign-in, account, shell) belong to no module.
/// </summary>
public sealed record TranslationAssembly(Assembly Assembly);
