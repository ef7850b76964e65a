namespace Portal.UnitTests.Files;

/// <summary>Which sign of macros <see cref="HostileFiles.MacroDocx"/> carries.</summary>
public enum MacroMarker
{
    VbaProjectPart,
    MacroEnabledContentType,
    VbaRelationship,
}
